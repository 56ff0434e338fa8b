// Plain text and web pages saved as text: the seed's saved page must give the seed's article.txt
// byte for byte; text without chrome must come through as it is.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textToArticle, textToBlocks } from "../../src/import/text-to-article.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const SEED_PAGE = "test/fixtures/pages/joongang-saved-page.txt";

describe("textToArticle on the seed's saved page", () => {
  const page = readFileSync(SEED_PAGE, "utf8");
  const result = textToArticle(page);

  it("gives exactly the seed's article.txt (caption kept once, chrome, headline and byline out)", () => {
    expect(result.text).toBe(readFileSync(`${SEED_DIR}/article.txt`, "utf8"));
  });

  it("keeps the text verbatim: the no-break spaces inside a paragraph stay", () => {
    expect(result.text).toContain("Korea\u00a0— the second highest\u00a0— dropped");
  });

  it("reads headline, title-cased author, section and language from the chrome", () => {
    expect(result.meta).toEqual({
      headline: "Korea, Japan to put supply chain cooperation into action",
      authors: ["Chun In-sung"],
      section: "Business > Economy",
      language: "en",
    });
    expect(result.meta.datePublished).toBeUndefined();
    expect(result.meta.publisher).toBeUndefined();
  });

  it("says why each line was left out", () => {
    const reasons = Object.fromEntries(result.dropped.map((d) => [d.text, d.reason]));
    expect(reasons["Home > Business > Economy"]).toBe("breadcrumb");
    expect(reasons["print dictionary print"]).toBe("tools");
    expect(reasons["BY CHUN IN-SUNG [sohn.dongjoo@joongang.co.kr]"]).toBe("byline");
    expect(reasons["Log in to Twitter or Facebook account to connect"]).toBe("login");
    expect(reasons["To write comments, please log in to one of the accounts."]).toBe("login");
    expect(reasons["with the Korea JoongAng Daily"]).toBe("outside-story");
    expect(result.dropped.filter((d) => d.reason === "duplicate")).toHaveLength(1);
    expect(result.dropped.filter((d) => d.reason === "headline")).toHaveLength(2);
  });
});

describe("textToArticle on other text", () => {
  it("takes a text with no chrome as it is (headline line aside)", () => {
    const body = [
      "Rail fares to rise by 5 percent in March",
      "",
      "Rail fares will rise by 5 percent in March, the transport ministry said on Monday, the largest increase in a decade.",
      "",
      "By 2030, the ministry expects passenger numbers to double, it said in a statement.",
      "",
      "Unions criticised the move.",
      "",
    ].join("\n");
    const result = textToArticle(body);
    expect(result.meta.headline).toBe("Rail fares to rise by 5 percent in March");
    // "By 2030, …" starts like a byline but is story; a two-word last sentence is story too.
    expect(result.text).toBe(
      "Rail fares will rise by 5 percent in March, the transport ministry said on Monday, the largest increase in a decade.\n\n" +
        "By 2030, the ministry expects passenger numbers to double, it said in a statement.\n\nUnions criticised the move.\n",
    );
    expect(result.dropped.map((d) => d.reason)).toEqual(["headline"]);
  });

  it("does not take a first paragraph for a headline", () => {
    const body = "The central bank held its key rate at 3.5 percent on Thursday, as expected.\nInflation slowed to 2.9 percent in May, data showed.\n";
    const result = textToArticle(body);
    expect(result.meta.headline).toBeUndefined();
    expect(result.text).toBe("The central bank held its key rate at 3.5 percent on Thursday, as expected.\n\nInflation slowed to 2.9 percent in May, data showed.\n");
  });

  it("keeps a story paragraph that merely mentions logging in, sharing or comments", () => {
    const body = [
      "Hackers stole passwords from millions of users",
      "",
      "Users who log in to the service with an old password will be asked to change it, the company said, adding that it had found no evidence that payment data had been taken.",
      "",
      "Comments from the regulator were expected later in the week, a spokesperson said.",
    ].join("\n");
    const result = textToArticle(body);
    expect(result.text.split("\n\n")).toHaveLength(2);
    expect(result.dropped.map((d) => d.reason)).toEqual(["headline"]);
  });

  it("reads a dateline, a copyright line and a URL line as metadata", () => {
    const body = [
      "https://news.example.org/2021/11/02/harbour-bridge-reopens",
      "Harbour bridge reopens after two-year repair",
      "Published: November 2, 2021 09:15 GMT | Updated: November 3, 2021",
      "By Ana Costa and Lee Min-jun",
      "Share on Facebook",
      "The harbour bridge reopened to traffic on Tuesday after a two-year repair that cost 140 million dollars, the city said.",
      "Advertisement",
      "Engineers found the original cables had corroded far faster than expected.",
      "Related articles",
      "Copyright © 2021 Harbour Daily News. All rights reserved.",
    ].join("\n");
    const result = textToArticle(body);
    expect(result.meta).toMatchObject({
      headline: "Harbour bridge reopens after two-year repair",
      datePublished: "2021-11-02",
      authors: ["Ana Costa", "Lee Min-jun"],
      publisher: "Harbour Daily News",
      url: "https://news.example.org/2021/11/02/harbour-bridge-reopens",
    });
    expect(result.text).toBe(
      "The harbour bridge reopened to traffic on Tuesday after a two-year repair that cost 140 million dollars, the city said.\n\nEngineers found the original cables had corroded far faster than expected.\n",
    );
  });

  it("joins hard-wrapped lines into paragraphs, and only then", () => {
    const para = (n: number) =>
      Array.from({ length: 3 }, (_, i) => `Line ${i + 1} of paragraph ${n} wraps at a fixed width as e-mail does, so it is`).join("\n");
    const wrapped = textToBlocks(`${para(1)}\n\n${para(2)}\n\n${para(3)}\n`);
    expect(wrapped.map((b) => b.text)).toEqual([1, 2, 3].map((n) => para(n).replace(/\n/g, " ")));
    const seedLines = textToBlocks(readFileSync(SEED_PAGE, "utf8"));
    expect(seedLines.length).toBe(readFileSync(SEED_PAGE, "utf8").split("\n").length);
  });

  it("handles CRLF line ends and a byte-order mark", () => {
    const body = "\ufeffTitle of the story here\r\n\r\nThe first paragraph of the story ends here, with a full stop.\r\n";
    const result = textToArticle(body);
    expect(result.meta.headline).toBe("Title of the story here");
    expect(result.text).toBe("The first paragraph of the story ends here, with a full stop.\n");
  });
});

describe("a saved page whose site name comes before the headline", () => {
  const page = [
    "The Daily Courier",
    "Home > National > Politics",
    "Leaders agree to restore regular summit talks",
    "Published : Mar 16, 2023 - 21:04 Updated : Mar 16, 2023 - 21:04",
    "By Shin Ji-hye",
    "Link copied",
    "The two leaders agreed on Thursday to restore regular visits between their capitals, ending a 12-year pause, officials said.",
    "The agreement follows months of talks over wartime labor compensation.",
    "shinjh@courier.example",
    "Most Popular",
    "Weather to turn cold this weekend",
  ].join("\n");
  const result = textToArticle(page);

  it("takes the first line of four words or more for the headline, and drops site name, labels and the e-mail line", () => {
    expect(result.meta).toMatchObject({ headline: "Leaders agree to restore regular summit talks", datePublished: "2023-03-16", authors: ["Shin Ji-hye"], section: "National > Politics" });
    expect(result.text).toBe(
      "The two leaders agreed on Thursday to restore regular visits between their capitals, ending a 12-year pause, officials said.\n\nThe agreement follows months of talks over wartime labor compensation.\n",
    );
  });
});
