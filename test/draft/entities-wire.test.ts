// The entity stage on wire copy written for these tests (not taken from data/): what it must find,
// how it must label and link it, and the capitalised words it must leave alone.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { CorpusEntity, EntityCandidate, RelationCandidate } from "../../src/draft/types.ts";

function run(text: string, corpus: CorpusEntity[] = []): { entities: EntityCandidate[]; relations: RelationCandidate[] } {
  return recognizeEntities({ text, sentences: segmentText(text), datePublished: "2023-07-24", corpus });
}

function byLabel(entities: EntityCandidate[], label: string): EntityCandidate {
  const found = entities.find((e) => e.label === label);
  if (!found) throw new Error(`no entity labelled ${label}; got ${entities.map((e) => e.label).join(", ")}`);
  return found;
}

const has = (relations: RelationCandidate[], from: string, rel: string, to: string) => relations.some((r) => r.from === from && r.rel === rel && r.to === to);

describe("people with titles", () => {
  it("takes the title off the name, keeps it as jobTitle, and gathers later mentions", () => {
    const text = "Japan's Foreign Minister Taro Kono said Tokyo would not back down. Kono added that the minister's view had not changed. He left on Friday.";
    const { entities, relations } = run(text);
    const kono = byLabel(entities, "Taro Kono");
    expect(kono).toMatchObject({ kind: "Person", jobTitle: "Foreign Minister", id: "taro-kono" });
    expect(kono.mentions.map((m) => m.text)).toEqual(["Taro Kono", "Kono", "the minister", "He"]);
    expect(kono.aliases).toEqual(["Kono", "the minister"]);
    expect(byLabel(entities, "Japan").aliases).toEqual(["Tokyo"]);
    expect(has(relations, "taro-kono", "memberOf", "japan")).toBe(true);
    const member = relations.find((r) => r.rel === "memberOf")!;
    expect(text.slice(member.evidence[0]!.start, member.evidence[0]!.end)).toBe("Japan's Foreign Minister Taro Kono");
    expect(member.role).toBe("Foreign Minister");
  });

  it("reads Korean, Japanese and Chinese names in their own order", () => {
    const text =
      "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo. Kishida said the talks went well. Yoon later met Chinese Foreign Minister Wang Yi. Moon Jae-in did not attend.";
    const { entities, relations } = run(text);
    expect(byLabel(entities, "Yoon Suk Yeol")).toMatchObject({ jobTitle: "President" });
    expect(byLabel(entities, "Yoon Suk Yeol").mentions.map((m) => m.text)).toContain("Yoon");
    expect(byLabel(entities, "Fumio Kishida").mentions.map((m) => m.text)).toEqual(["Fumio Kishida", "Kishida"]);
    expect(byLabel(entities, "Wang Yi")).toMatchObject({ kind: "Person", jobTitle: "Foreign Minister" });
    expect(byLabel(entities, "Moon Jae-in").kind).toBe("Person");
    expect(has(relations, "yoon-suk-yeol", "memberOf", "korea")).toBe(true);
    expect(has(relations, "fumio-kishida", "memberOf", "japan")).toBe(true);
    expect(has(relations, "wang-yi", "memberOf", "china")).toBe(true);
    // "in Tokyo" is the city; the demonyms still name the countries.
    expect(byLabel(entities, "Tokyo")).toMatchObject({ kind: "Place" });
    expect(has(relations, "tokyo", "locatedIn", "japan")).toBe(true);
  });

  it("finds a title in apposition and a member of a company", () => {
    const { entities, relations } = run(
      "Kim Dong-yeon, the finance minister, said exports fell. Samsung Electronics Chairman Lee Jae-yong visited the plant in Pyeongtaek.",
    );
    expect(byLabel(entities, "Kim Dong-yeon").jobTitle).toBe("Finance Minister");
    expect(byLabel(entities, "Lee Jae-yong").jobTitle).toBe("Chairman");
    expect(has(relations, "lee-jae-yong", "memberOf", "samsung-electronics")).toBe(true);
  });

  it("does not resolve a pronoun or a bare surname between two candidates", () => {
    const { entities } = run("President Joe Biden met Prime Minister Rishi Sunak. He said trade would grow. Kim Jong Un and Kim Yo Jong were absent. Kim spoke later.");
    expect(entities.filter((e) => e.kind === "Person").flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("He");
    expect(entities.filter((e) => e.kind === "Person").flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("Kim");
  });
});

describe("organisations, acronyms and texts", () => {
  it("gives a defined acronym to its long form and reuses it later", () => {
    const { entities } = run(
      "The Ministry of Economy, Trade and Industry (METI) said it would act. METI officials declined to comment. The Korea-Japan Cooperation Forum (KJCF) met on Monday. The KJCF will meet again.",
    );
    const meti = byLabel(entities, "Ministry of Economy, Trade and Industry");
    expect(meti.kind).toBe("GovernmentOrganization");
    expect(meti.mentions.map((m) => m.text)).toEqual(["Ministry of Economy, Trade and Industry", "METI", "METI"]);
    const forum = byLabel(entities, "Korea-Japan Cooperation Forum");
    expect(forum.aliases).toContain("KJCF");
    expect(forum.mentions).toHaveLength(3);
  });

  it("makes one agreement of a name, its acronym in any case, and 'the pact'", () => {
    const text =
      "Korea declined to extend the General Security of Military Information Agreement (Gsomia), a bilateral pact. Tokyo said GSOMIA mattered. Seoul later said the pact would stay.";
    const { entities } = run(text);
    const gsomia = byLabel(entities, "General Security of Military Information Agreement");
    expect(gsomia.kind).toBe("Agreement");
    expect(gsomia.mentions.map((m) => m.text)).toEqual(["General Security of Military Information Agreement", "Gsomia", "GSOMIA", "the pact"]);
    expect(entities.filter((e) => e.kind === "Agreement")).toHaveLength(1);
  });

  it("strips the issuer from a law's label and keeps the full form as alias", () => {
    const { entities } = run("Both countries worry about the U.S. Inflation Reduction Act and the EU Carbon Border Adjustment Mechanism (CBAM). The law favours American carmakers.");
    const ira = byLabel(entities, "Inflation Reduction Act");
    expect(ira.kind).toBe("Legislation");
    expect(ira.aliases).toContain("U.S. Inflation Reduction Act");
    expect(ira.mentions.map((m) => m.text)).toContain("The law");
    const cbam = byLabel(entities, "Carbon Border Adjustment Mechanism");
    expect(cbam.aliases).toContain("CBAM");
    expect(byLabel(entities, "American carmakers").kind).toBe("Group");
  });

  it("maps a demonym and an institution to the country's institution, part of the country", () => {
    const text = "The move arose from a Korean supreme court decision. The court ordered Nippon Steel to pay. The Japanese government protested, and the Bank of Japan (BOJ) kept rates.";
    const { entities, relations } = run(text);
    const court = byLabel(entities, "Supreme Court of Korea");
    expect(court.kind).toBe("Court");
    expect(court.mentions.map((m) => m.text)).toEqual(["Korean supreme court", "The court"]);
    expect(has(relations, "supreme-court-of-korea", "partOf", "korea")).toBe(false); // Korea itself is never named
    expect(byLabel(entities, "Government of Japan").aliases).toContain("Japanese government");
    expect(byLabel(entities, "Bank of Japan").aliases).toContain("BOJ");
    expect(byLabel(entities, "Nippon Steel").kind).toBe("Organization");
  });

  it("links a company to the country its apposition names", () => {
    const { entities, relations } = run("Samsung Electronics, South Korea's largest chipmaker, and SK Hynix rely on Japanese suppliers. Samsung said the company had stock.");
    const samsung = byLabel(entities, "Samsung Electronics");
    expect(samsung.mentions.map((m) => m.text)).toEqual(["Samsung Electronics", "Samsung", "the company"]);
    expect(has(relations, "samsung-electronics", "locatedIn", "korea")).toBe(true);
    expect(byLabel(entities, "SK Hynix").kind).toBe("Organization");
    expect(byLabel(entities, "Japanese suppliers").kind).toBe("Group");
  });

  it("reads a year and a text noun as one text, which 'the treaty' then finds", () => {
    const { entities } = run("Tokyo says the issue was settled by a 1965 treaty. The treaty included grants.");
    expect(byLabel(entities, "1965 treaty").mentions.map((m) => m.text)).toEqual(["1965 treaty", "The treaty"]);
  });
});

describe("governments", () => {
  it("reads a leader's name before 'government' as that country's government", () => {
    const { entities } = run("The Moon government rejected the offer. The Abe administration tightened export controls. The Biden administration stayed silent.");
    expect(byLabel(entities, "Government of South Korea").mentions.map((m) => m.text)).toEqual(["Moon government"]);
    expect(byLabel(entities, "Government of Japan").mentions.map((m) => m.text)).toEqual(["Abe administration"]);
    // A name the lexicon cannot place gives no government.
    expect(entities.some((e) => e.label === "Government of United States")).toBe(false);
  });

  it("gives 'the government' to the government of the office-holder just named", () => {
    const { entities, relations } = run("Chief Cabinet Secretary Hirokazu Matsuno said the government would respond. Japan and Korea disagree.");
    expect(byLabel(entities, "Government of Japan").mentions.map((m) => m.text)).toEqual(["the government"]);
    expect(has(relations, "hirokazu-matsuno", "memberOf", "japanese-government")).toBe(true);
    expect(has(relations, "japanese-government", "partOf", "japan")).toBe(true);
  });
});

describe("places and metonymy", () => {
  it("takes a capital as its country when it acts and as a city when it is where", () => {
    const { entities, relations } = run("Tokyo curbed exports after the ruling. Washington urged calm. The talks were held in central Seoul, and Seoul later protested.");
    expect(byLabel(entities, "Japan").mentions.map((m) => m.text)).toEqual(["Tokyo"]);
    expect(byLabel(entities, "United States").aliases).toContain("Washington");
    expect(byLabel(entities, "Seoul").kind).toBe("Place");
    expect(byLabel(entities, "South Korea").mentions.map((m) => m.text)).toEqual(["Seoul"]);
    expect(relations.every((r) => r.from !== "seoul" || r.to === "korea")).toBe(true);
  });

  it("reads an unknown place before a known region", () => {
    // Yongin and Pyeongtaek are in the places gazetteer now; Dongmak and Haneul are invented.
    const { entities, relations } = run("The cluster will rise in Dongmak, Gyeonggi, and in Haneul. A second one is planned in Yongin, Gyeonggi.");
    expect(byLabel(entities, "Dongmak").kind).toBe("Place");
    expect(has(relations, "dongmak", "locatedIn", "gyeonggi")).toBe(true);
    expect(has(relations, "yongin", "locatedIn", "gyeonggi")).toBe(true);
    expect(entities.some((e) => e.label === "Haneul")).toBe(false);
  });

  it("labels short forms by the gazetteer: Korea, U.S., S. Korea, ROK, DPRK, UK", () => {
    const { entities } = run("S. Korea and the ROK are one; the DPRK is North Korea. The U.S. and the UK agreed with Korea.");
    expect(byLabel(entities, "South Korea").mentions.map((m) => m.text)).toEqual(["S. Korea", "ROK", "Korea"]);
    expect(byLabel(entities, "North Korea").mentions.map((m) => m.text)).toEqual(["DPRK", "North Korea"]);
    expect(byLabel(entities, "United States").wikidata).toBe("Q30");
    expect(byLabel(entities, "United Kingdom").kind).toBe("Country");
  });
});

describe("what is not an entity", () => {
  it.each([
    ["sentence starts and weekdays", "Relations soured on Friday. Economic ties frayed in March. Trade fell. Also, exports dropped."],
    ["page chrome", "Log in to read more."],
    ["a breadcrumb", "Home > Business > Economy"],
    ["a byline", "By Kim Tong-hyung"],
    ["a share bar", "Share this article. Comments"],
    // A plural that acts is a group ("Analysts expect more": entities-unseen.test.ts); these are too generic even then.
    ["generic plurals", "Officials said the numbers were wrong. Members expect more. People agreed."],
    ["a headline-like line", "Korean Chipmakers Brace For A Long Winter Ahead"],
    // GDP would be a topic (entity-topics.json); the case is about the months and quarters.
    ["months and quarters", "In October, the company grew 2 percent in Q3, the CEO said."],
  ])("%s", (_name, text) => {
    expect(run(text).entities.map((e) => e.label)).toEqual([]);
  });

  it("keeps a credit line's agency and nothing else of it", () => {
    const { entities } = run("Finance Minister Choo Kyung-ho speaks in Seoul on Friday. [YONHAP]");
    expect(entities.map((e) => e.label)).toEqual(["Choo Kyung-ho", "Seoul", "Yonhap"]);
  });

  it("reads a headline-like line for known names only", () => {
    const { entities } = run("Samsung Shares Jump As Japan Eases Curbs");
    expect(entities.map((e) => e.label).sort()).toEqual(["Japan", "Samsung Electronics"]);
  });
});

describe("linking to the corpus", () => {
  const corpus: CorpusEntity[] = [
    { id: "korea", kind: "Country", label: "South Korea", aliases: ["Korea"], wikidata: "Q884" },
    { id: "korean-government", kind: "GovernmentOrganization", label: "Government of South Korea", aliases: ["the government", "Korean government"] },
    { id: "choo-kyung-ho", kind: "Person", label: "Choo Kyung-ho", aliases: ["Choo", "the minister"] },
    { id: "gsomia", kind: "Agreement", label: "GSOMIA", aliases: ["Gsomia", "General Security of Military Information Agreement"] },
    { id: "taro-kono", kind: "Event", label: "Taro Kono", aliases: [] },
    { id: "kim", kind: "Person", label: "Kim Jong Un", aliases: ["Kim"] },
  ];

  it("reuses corpus ids by Wikidata id, label or alias, within the kind group", () => {
    const { entities, relations } = run(
      "Finance Minister Choo Kyung-ho said the Korean government will act. Korea declined to extend the General Security of Military Information Agreement. Foreign Minister Taro Kono objected.",
      corpus,
    );
    expect(byLabel(entities, "South Korea")).toMatchObject({ id: "korea", linked: true });
    expect(byLabel(entities, "Choo Kyung-ho")).toMatchObject({ id: "choo-kyung-ho", linked: true });
    expect(byLabel(entities, "Government of South Korea")).toMatchObject({ id: "korean-government", linked: true });
    // The corpus label wins, so the node keeps one label across articles.
    expect(byLabel(entities, "GSOMIA")).toMatchObject({ id: "gsomia", linked: true });
    // Same label, other kind group: a new id that clashes with nothing in the corpus.
    const kono = byLabel(entities, "Taro Kono");
    expect(kono.linked).toBeUndefined();
    expect(kono.id).toBe("taro-kono-2");
    expect(has(relations, "choo-kyung-ho", "memberOf", "korean-government")).toBe(true);
  });

  it("never links by a description or a bare surname", () => {
    const { entities } = run("Kim Dong-yeon said the minister would go.", corpus);
    expect(byLabel(entities, "Kim Dong-yeon").id).toBe("kim-dong-yeon");
  });
});

describe("determinism and speed", () => {
  const article = [
    "Finance Minister Choo Kyung-ho speaks in a meeting held at the government complex in central Seoul on Friday. [YONHAP]",
    "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo, the first such visit in 12 years. Kishida said the two leaders agreed to restore ties.",
    "Relations between Korea and Japan tightened in 2019 after Tokyo curbed exports on three key materials. The move arose from a Korean supreme court decision in late 2018.",
    "Korea retaliated and declined to extend the General Security of Military Information Agreement (Gsomia), a bilateral military intelligence-sharing pact. The pact was later restored.",
    "The Ministry of Economy, Trade and Industry (METI) said it would lift the curbs on fluorinated polyimide, photoresists and hydrogen fluoride. METI officials said Samsung Electronics and SK Hynix would benefit.",
    "Korea and Japan will join forces to tackle global issues, including the U.S. Inflation Reduction Act and climate change. Washington welcomed the move.",
  ].join("\n\n");
  const big = Array.from({ length: 5 }, () => article).join("\n\n");

  it("gives the same result twice, byte for byte", () => {
    expect(JSON.stringify(run(article))).toBe(JSON.stringify(run(article)));
  });

  it("reports its time per 1,000 words after warm-up", () => {
    const words = big.split(/\s+/).length;
    const sentences = segmentText(big);
    const ctx = { text: big, sentences, datePublished: "2023-07-24", corpus: [] };
    recognizeEntities(ctx);
    const runs = 5;
    const start = performance.now();
    for (let i = 0; i < runs; i++) recognizeEntities(ctx);
    const ms = (performance.now() - start) / runs;
    console.log(`recognizeEntities: ${((ms * 1000) / words).toFixed(1)} ms per 1,000 words (warm, ${words} words, mean of ${runs})`);
    expect(ms).toBeGreaterThan(0);
  });
});
