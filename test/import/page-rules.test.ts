// The line rules one by one, with the cases where they must NOT fire: a story sentence that looks
// like chrome stays in the story.
import { describe, expect, it } from "vitest";
import { classifyLine, parseBreadcrumb, publisherFromCopyright } from "../../src/import/classify-line.ts";
import { nameCase, parseByline } from "../../src/import/parse-byline.ts";
import { dateFromValue, parseDateline } from "../../src/import/parse-page-date.ts";
import { defaultArticleId, slugWords } from "../../src/import/article-id.ts";
import { detectLanguage } from "../../src/import/detect-language.ts";

describe("bylines", () => {
  it.each([
    ["By Jane Doe", ["Jane Doe"]],
    ["BY CHUN IN-SUNG [sohn.dongjoo@joongang.co.kr]", ["CHUN IN-SUNG"]],
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["By Ana Costa, Lee Min-jun and Priya Raman", ["Ana Costa", "Lee Min-jun", "Priya Raman"]],
    ["By Daniel Okafor, Environment Reporter", ["Daniel Okafor"]],
    ["By Jane Doe | March 24, 2023", ["Jane Doe"]],
    ["Written by Ursula von der Leyen", ["Ursula von der Leyen"]],
    ["By Kim Tong-hyung, AP", ["Kim Tong-hyung"]],
  ])("%s → %j", (line, names) => {
    expect(parseByline(line, { requirePrefix: true })).toEqual(names);
  });

  it.each([
    "By 2042, the cluster will be one of the biggest in the world.",
    "By Friday, Seoul must decide whether to extend the pact.",
    "By contrast, exports to China fell.",
    "Jane Doe",
  ])("%s is not a byline line", (line) => {
    expect(parseByline(line, { requirePrefix: true })).toBeUndefined();
  });

  it("accepts a bare name where the element is known to be a byline", () => {
    expect(parseByline("Jane Doe", { requirePrefix: false })).toEqual(["Jane Doe"]);
  });

  it("restores the case of an all-capitals name", () => {
    expect(nameCase("CHUN IN-SUNG", "")).toBe("Chun In-sung");
    expect(nameCase("SEAN O'BRIEN", "")).toBe("Sean O'Brien");
    expect(nameCase("MARIA LOPEZ", "… Maria Lopez covers city hall …")).toBe("Maria Lopez");
    expect(nameCase("Jane Doe", "")).toBe("Jane Doe");
  });
});

describe("datelines and dates", () => {
  it.each([
    ["Published: 3 June 2023, 14:20 BST | Updated: 4 June 2023", "2023-06-03", 0],
    ["Updated: 4 June 2023 | Published: 3 June 2023", "2023-06-03", 0],
    ["Thursday, March 3, 2022", "2022-03-03", 1],
    ["Mar. 24, 2023 10:05 a.m. KST", "2023-03-24", 1],
    ["2023.03.24 17:32", "2023-03-24", 1],
    ["입력 2023.03.24 17:32", "2023-03-24", 0],
    ["Last updated 2021-11-03T08:00:00Z", "2021-11-03", 2],
  ])("%s → %s (rank %i)", (line, date, rank) => {
    expect(parseDateline(line)).toEqual({ date, rank });
  });

  it.each([
    "The summit was held on March 16, 2023, in Tokyo.",
    "Relations tightened in 2019.",
    "03/04/2023",
    "February 30, 2023",
  ])("%s is not a dateline", (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });

  it("reads metadata values as the publisher wrote them (no shift to UTC)", () => {
    expect(dateFromValue("2023-03-24T01:30:00+09:00")).toBe("2023-03-24");
    expect(dateFromValue("2023-03-23T23:30:00Z")).toBe("2023-03-23");
    expect(dateFromValue("20230324")).toBe("2023-03-24");
    expect(dateFromValue("March 24, 2023")).toBe("2023-03-24");
    expect(dateFromValue("2023-13-01")).toBeUndefined();
    expect(dateFromValue("yesterday")).toBeUndefined();
  });
});

describe("breadcrumbs, copyright, chrome lines", () => {
  it("reads breadcrumbs, and not headlines with a bar in them", () => {
    expect(parseBreadcrumb("Home > Business > Economy")).toEqual({ section: "Business > Economy" });
    expect(parseBreadcrumb("News » World » Asia")).toEqual({ section: "World > Asia" });
    expect(parseBreadcrumb("Home | Sport")).toEqual({ section: "Sport" });
    expect(parseBreadcrumb("Korea | Japan")).toBeUndefined();
    expect(parseBreadcrumb("Exports rose 5% > expected, officials said.")).toBeUndefined();
  });

  it("names the publisher of a copyright line", () => {
    expect(publisherFromCopyright("© 2024 The Harbour Times. All rights reserved.")).toBe("The Harbour Times");
    expect(publisherFromCopyright("Copyright © 2023 Riverside Post Ltd. All rights reserved.")).toBe("Riverside Post Ltd");
    expect(publisherFromCopyright("Copyright 2010-2024 by Example Media Group")).toBe("Example Media Group");
    expect(publisherFromCopyright("All rights reserved.")).toBeUndefined();
  });

  it.each([
    ["Share this article", "share"],
    ["Facebook Twitter LinkedIn", "share"],
    ["Sign in to comment", "login"],
    ["Comments (12)", "comments"],
    ["Subscribe to our newsletter", "subscribe"],
    ["Related articles", "related"],
    ["Read more: Residents count the cost", "related"],
    ["We use cookies to improve your experience on our site.", "cookie"],
    ["Advertisement", "ads"],
    ["print dictionary print", "tools"],
    ["A+ A- Print Email", "tools"],
    ["Terms of use | Privacy policy | Contact us", "legal"],
    ["___", "separator"],
    ["* * *", "separator"],
    ["Listen to this article · 4 min", "tools"],
    ["5 min read", "tools"],
    ["WATCH: The moment the bridge reopened", "media"],
    ["Image source, Getty Images", "credit"],
    ["Follow Jane Doe on X at @janedoe", "author-note"],
    ["Click here to read the full report", "tools"],
  ])("%s is chrome (%s)", (line, rule) => {
    expect(classifyLine(line)).toMatchObject({ kind: "chrome", rule });
  });

  it.each([
    "Comments from the regulator were expected later in the week, a spokesperson said.",
    "Share prices fell 3 percent in Seoul after the announcement.",
    "Related talks in Geneva broke down last year.",
    "Satellite image shows the damaged port.",
    "Advertising revenue fell by a fifth, the company said.",
    "Watch makers in Switzerland reported a 7 percent fall in exports, the federation said.",
    "Image rights were at the centre of the dispute, lawyers for both sides said.",
    "Followers of the movement gathered on Sunday, police said.",
  ])("%s is story", (line) => {
    expect(classifyLine(line).kind).toBe("prose");
  });

  it("marks a line ending in a photo credit as a caption", () => {
    expect(classifyLine("Choo speaks in Seoul on Friday. [YONHAP]").kind).toBe("caption");
    expect(classifyLine("Protesters gather outside parliament. (AP Photo/Ahn Young-joon)").kind).toBe("caption");
  });
});

describe("ids and language", () => {
  it("builds the default id from publisher, date and headline words", () => {
    expect(defaultArticleId({ publisher: "The Harbour Times", datePublished: "2024-05-14", headline: "Port strike halts container traffic as talks collapse" })).toBe(
      "harbour-times-2024-05-14-port-strike-halts-container-traffic",
    );
    expect(slugWords("Tomás Ferreira’s U.S. trip")).toEqual(["tomas", "ferreiras", "u", "s", "trip"]);
    const korean = defaultArticleId({ publisher: "연합뉴스", datePublished: "2023-03-24", headline: "한일 공급망 협력" });
    expect(korean).toMatch(/^2023-03-24-[0-9a-f]{8}$/);
    expect(defaultArticleId({ publisher: "연합뉴스", datePublished: "2023-03-24", headline: "한일 공급망 협력" })).toBe(korean);
  });

  it("detects English and admits when it cannot tell", () => {
    expect(detectLanguage("The minister said on Friday that the two countries will restore the exchanges to the levels they had before the dispute began in 2019.")).toBe("en");
    expect(detectLanguage("Der Minister sagte am Freitag, dass die beiden Länder den Austausch wieder auf das Niveau bringen werden, das er vor dem Streit hatte.")).toBe("de");
    expect(detectLanguage("한국과 일본은 반도체 공급망 협력을 구체화하고 공동 투자를 모색하기로 했다. 추경호 부총리는 금요일 회의에서 이같이 밝혔다 그리고 더 많은 말")).toBeUndefined();
    expect(detectLanguage("Too short.")).toBeUndefined();
  });
});
