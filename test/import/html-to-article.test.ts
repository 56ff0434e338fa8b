// HTML news pages written by hand with heavy chrome: the story and its caption come out, the chrome
// does not, and the metadata comes from JSON-LD, Open Graph, or the bare page, in that order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { elementToBlocks, htmlToArticle, looksLikeHtml } from "../../src/import/html-to-article.ts";
import { parseHTML } from "linkedom";

const page = (name: string) => readFileSync(`test/fixtures/pages/${name}`, "utf8");

/** Words that appear only in each fixture's chrome: none may reach article.txt. */
function expectNoChrome(text: string, chrome: string[]): void {
  for (const words of chrome) expect(text, words).not.toContain(words);
}

describe("a page with JSON-LD (harbour-times-json-ld.html)", () => {
  const result = htmlToArticle(page("harbour-times-json-ld.html"));
  const paragraphs = result.text.split("\n\n");

  it("keeps the photo caption (a <figure><figcaption> outside the story body) first, then every story paragraph in order", () => {
    expect(paragraphs[0]).toBe("Idle cranes at the North Quay container terminal on Tuesday morning. Photograph: Lars Eide/Harbour Times");
    expect(paragraphs[1]).toMatch(/^Container traffic through the country's largest port/);
    expect(paragraphs.at(-1)).toBe("Union leaders have said a second, longer strike could follow later this month if no improved offer is made.\n");
    expect(paragraphs).toHaveLength(8);
  });

  it("leaves out cookie banner, navigation, share bars, related links, newsletter box, advert, comments and footer", () => {
    expectNoChrome(result.text, [
      "cookies", "Subscribe from", "Politics", "Facebook", "Copy link", "Share this article", "Shipping rates climb",
      "morning briefing", "Sign up", "Advertisement", "Comments", "harbourwatcher", "About time", "Most read", "Heatwave", "All rights reserved", "Strikes",
    ]);
  });

  it("keeps the text verbatim: &nbsp; becomes U+00A0 and stays", () => {
    expect(result.text).toContain("4.5\u00a0per cent");
  });

  it("takes every field from the NewsArticle JSON-LD", () => {
    expect(result.meta).toEqual({
      headline: "Port strike halts container traffic as talks collapse",
      authors: ["Ingrid Halvorsen", "Tomás Ferreira"],
      datePublished: "2024-05-14",
      publisher: "The Harbour Times",
      section: "Business",
      language: "en-GB",
      url: "https://www.harbourtimes.example/business/2024/05/14/port-strike-halts-container-traffic",
    });
    expect(new Set(Object.values(result.metaSources))).toEqual(new Set(["json-ld"]));
  });
});

describe("a page with only og: and article: tags (riverside-post-og-meta.html)", () => {
  const result = htmlToArticle(page("riverside-post-og-meta.html"));
  const paragraphs = result.text.split("\n\n");

  it("keeps the caption paragraph (class photo-caption) and splits <br><br> into paragraphs", () => {
    expect(paragraphs[0]).toBe("Water covers the towpath near Mill Bridge on Friday evening. (Photo: Riverside Post)");
    expect(paragraphs).toContain(
      'Local businesses said the council had ignored warnings. "We told them two years ago that the wall by the car park was failing," said Joan Whitfield, who runs a bakery on Bridge Street.',
    );
    expect(paragraphs).toContain("The council said a review of the warnings would be published next month.");
    expect(paragraphs).toHaveLength(7);
  });

  it("drops chrome that sits in the story without a telling class: advert, read-more link, related list, tip line", () => {
    expectNoChrome(result.text, ["Advertisement", "Read more", "Related articles", "River levels to be monitored", "Do you have a story", "News > Local", "Share this story", "Published:", "FloodedOut", "Sign in", "Privacy policy", "Log in"]);
    const reasons = result.dropped.map((d) => d.reason);
    expect(reasons).toEqual(expect.arrayContaining(["ads", "related", "tip-line"]));
  });

  it("reads og:title, meta author (not the article:author address), article:published_time, og:site_name, article:section, html lang, og:url", () => {
    expect(result.meta).toEqual({
      headline: "Flood defences to be rebuilt after river bursts its banks",
      authors: ["Daniel Okafor"],
      datePublished: "2023-06-03",
      publisher: "Riverside Post",
      section: "Local News",
      language: "en",
      url: "https://riversidepost.example/news/2023/06/03/flood-defences-rebuilt",
    });
    expect(result.metaSources).toMatchObject({ headline: "og:title", authors: "meta name=author", datePublished: "article:published_time", publisher: "og:site_name" });
  });
});

describe("a bare table-layout page (valley-ledger-bare.html)", () => {
  const result = htmlToArticle(page("valley-ledger-bare.html"));
  const paragraphs = result.text.split("\n\n");

  it("finds the story in <br>-separated text, keeps the wp-caption-text caption, drops byline, dateline, tool row, author note and comments", () => {
    expect(paragraphs[0]).toBe("Crews repair a burst main under Fourth Street in January. [LEDGER FILE PHOTO]");
    expect(paragraphs[1]).toMatch(/^Households in Millbrook will pay about 8 percent more/);
    expect(paragraphs.at(-1)).toBe("The new rates take effect July 1. A second increase of 5 percent is planned for 2024 if the grant applications fail.\n");
    expect(paragraphs).toHaveLength(6);
    expectNoChrome(result.text, ["MARIA LOPEZ", "Thursday, March 3", "print | email", "Reach her", "Sections", "Weather", "millbrookmom", "Reader comments", "Terms of use"]);
  });

  it("reads the date from <time datetime>, the publisher from the copyright line, the headline without the site name, and spells the all-capitals byline as the page does elsewhere", () => {
    expect(result.meta).toEqual({
      headline: "Water rates to rise 8% as city faces repair bill",
      authors: ["Maria Lopez"],
      datePublished: "2022-03-03",
      publisher: "Valley Ledger",
      language: "en",
    });
    expect(result.metaSources).toMatchObject({ datePublished: "<time datetime>", publisher: "copyright line", authors: "byline line", language: "detected from the text" });
  });
});

describe("HTML details", () => {
  it("collapses HTML white space but not U+00A0, and splits at <br>", () => {
    const { document } = parseHTML("<div><p>One\n   two&nbsp;&nbsp;three<br>four</p><ul><li>a <b>bold</b> item</li></ul>tail text</div>") as unknown as { document: Document };
    const blocks = elementToBlocks(document.querySelector("div")!);
    expect(blocks.map((b) => [b.text.trim(), b.role])).toEqual([
      ["One two\u00a0\u00a0three", "p"],
      ["four", "p"],
      ["a bold item", "item"],
      ["tail text", "p"],
    ]);
  });

  it("tells HTML from text by content", () => {
    expect(looksLikeHtml(page("harbour-times-json-ld.html"))).toBe(true);
    expect(looksLikeHtml(page("valley-ledger-bare.html"))).toBe(true);
    expect(looksLikeHtml("  <!-- saved --> <p>Just a fragment</p>")).toBe(true);
    expect(looksLikeHtml(page("joongang-saved-page.txt"))).toBe(false);
    expect(looksLikeHtml("Prices rose 3% as x < y and a > b, the report said.")).toBe(false);
  });

  it("skips a broken JSON-LD block and uses the other metadata", () => {
    const html = `<html lang="en"><head><script type="application/ld+json">{ not json</script>
      <meta property="og:title" content="Broken data, fine story"><meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2020-02-29T23:30:00-05:00"></head>
      <body><article><p>${"The story goes on for a while, with enough words to count as a paragraph of news. ".repeat(4)}</p></article></body></html>`;
    const result = htmlToArticle(html);
    expect(result.meta).toMatchObject({ headline: "Broken data, fine story", publisher: "Example News", datePublished: "2020-02-29" });
  });
});
