// Causal, temporal, actor and place links from cue words, in wire-copy sentences with hand-made
// entities: each test states the link a reader would draw, or — for the negatives — that the rule
// must stay silent.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const CHOO = { id: "choo", kind: "Person" as const, label: "Choo Kyung-ho", names: ["Finance Minister Choo Kyung-ho", "Choo"] };
const COURT = { id: "supreme-court", kind: "Court" as const, label: "Supreme Court of Korea", names: ["Korean supreme court"] };

describe("causal links from cues", () => {
  it("'arose from' points from the earlier decision to the move, across the sentence boundary", () => {
    const x = run("Tokyo curbed exports of chip materials in 2019. The move arose from a Korean supreme court decision in late 2018.", [COURT]);
    const link = x.has("court decision", "causes", "curbs");
    expect(link).toMatchObject({ modality: "happened" });
    expect(link?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(x.quote(link!).join(" ")).toContain("arose from a Korean supreme court decision");
    expect(x.has("curbs", "causes", "court decision")).toBeUndefined();
  });

  it("'due to' and 'because of' take the cause from the phrase after them", () => {
    const x = run("Exports to China fell sharply due to the trade dispute.");
    expect(x.has("dispute", "causes", "fall in exports")).toBeDefined();
    const y = run("Shipments to Japan dropped because of the new tariffs on steel.");
    expect(y.has("tariffs", "causes", "drop in shipments")).toBeDefined();
  });

  it("a fronted cue links the phrase before the comma to the main clause", () => {
    const x = run("In response to the sanctions, Moscow suspended gas deliveries to Europe.", [{ id: "europe", kind: "Region", label: "Europe", names: ["Europe"] }]);
    const link = x.has("sanctions", "causes", "suspension");
    expect(link).toBeDefined();
    expect(x.has("sanctions", "before", "suspension")).toBeDefined();
  });

  it("'led to' and 'prompted' put the cause first", () => {
    const x = run("The sanctions led to a sharp drop in oil exports.");
    expect(x.has("sanctions", "causes", "drop")).toBeDefined();
    const y = run("The ruling prompted protests in Seoul.");
    expect(y.has("ruling", "causes", "protests")).toBeDefined();
  });

  it("'to counter' makes the countered measure the cause, not the aim", () => {
    const x = run("Beijing imposed tariffs on U.S. goods to counter Washington's tariffs on Chinese steel.");
    const us = x.events.find((e) => /United States/.test(e.label));
    const cn = x.events.find((e) => /China/.test(e.label));
    expect(us && cn).toBeTruthy();
    expect(x.has(us!.id, "causes", cn!.id)).toBeDefined();
    expect(x.relations.some((r) => r.rel === "intendsToCause")).toBe(false);
  });

  it("a purpose infinitive after a complete verb phrase is an aim", () => {
    const x = run("Seoul will expand flights to restore tourism.");
    expect(x.has("expansion", "intendsToCause", "restoration of tourism")).toMatchObject({ modality: "planned" });
  });

  it("'to' after a control verb states no purpose", () => {
    const x = run("Japan agreed to lift the ban on Korean beef.");
    expect(x.relations.filter((r) => r.rel === "intendsToCause")).toHaveLength(0);
    expect(x.event("lifting").modality).toBe("planned");
  });

  it("'after' alone orders events; it states a cause only for a change of state", () => {
    const meeting = run("After the meeting, the two leaders signed a trade deal.");
    expect(meeting.relations.some((r) => r.rel === "causes")).toBe(false);
    expect(meeting.has("meeting", "before", "signing")).toBeDefined();
    const left = run("After the meeting, he left.");
    expect(left.relations.filter((r) => r.rel === "causes" || r.rel === "before")).toHaveLength(0);
    const prices = run("Prices rose after the central bank cut interest rates.");
    expect(prices.has("cut", "causes", "rise in prices")).toMatchObject({ confidence: 0.6 });
    expect(prices.has("cut", "before", "rise in prices")).toBeDefined();
  });

  it("'by' + gerund is the means that enables the end; inside a response it is part of it", () => {
    const x = run("The two countries will restore exchanges by increasing the number of flights.");
    expect(x.has("increase", "enables", "restoration")).toBeDefined();
    const y = run("Korea retaliated by strengthening its export regulations to Japan.");
    expect(y.has("strengthened", "partOf", "retaliation")).toBeDefined();
    expect(y.has("strengthened", "concerns", "japan")).toMatchObject({ role: "target" });
  });

  it("a response verb with no stated cause answers the last action of another actor", () => {
    const x = run("Japan tightened export controls on Korea in 2019. Korea retaliated by strengthening its export regulations to Japan and declined to extend the pact.");
    expect(x.has("export controls", "causes", "retaliation")).toMatchObject({ confidence: 0.7 });
  });

  it("'if' makes a conditional chain, conditional at both ends", () => {
    const x = run("Exports will recover if the curbs are lifted.");
    const link = x.has("lifting", "causes", "recovery");
    expect(link).toMatchObject({ modality: "conditional" });
    expect(x.event("lifting").modality).toBe("conditional");
    expect(x.event("recovery").modality).toBe("conditional");
  });

  it("a causative verb makes its subject the cause ('the row raised uncertainty')", () => {
    const x = run("The deteriorated relationship raised uncertainty in the economy.");
    expect(x.has("deterioration", "causes", "uncertainty")).toBeDefined();
  });

  it("'laid the foundation for' enables; 'called for' aims", () => {
    const x = run("The summit laid the foundation for revitalizing bilateral ties.");
    expect(x.has("summit", "enables", "revitalization")).toBeDefined();
    const y = run("A Korean supreme court decision in late 2018 called for compensation for forced labor victims.", [COURT]);
    expect(y.has("decision", "intendsToCause", "compensation")).toMatchObject({ modality: "happened" });
    expect(y.event("compensation").modality).toBe("potential");
  });

  it("does not link an actor as a cause ('due to Japan')", () => {
    const x = run("Exports fell due to Japan.");
    expect(x.relations.some((r) => r.rel === "causes")).toBe(false);
  });
});

describe("temporal order", () => {
  it("'follows' puts the earlier event first", () => {
    const x = run("The Friday announcement follows the recent Korea-Japan summit on March 16.");
    expect(x.has("summit", "before", "announcement")).toMatchObject({ confidence: 0.95 });
  });

  it("'while' sets two changes side by side", () => {
    const x = run("Trade with Japan decreased while trade with China increased.");
    expect(x.has("decrease in trade with japan", "during", "increase in trade with china")).toBeDefined();
  });
});

describe("who did, said and pledged what", () => {
  it("a direct quotation is announced by the speaker after it", () => {
    const x = run('"We will lift the ban on beef imports," Choo said.', [CHOO]);
    const link = x.has("lifting", "announcedBy", "choo");
    expect(link).toMatchObject({ role: "source", modality: "happened" });
    expect(link?.note).toContain("direct quotation");
  });

  it("a paraphrase ('Choo said the government will …') and 'according to' are announced too", () => {
    const x = run("Choo said the government will build a new port in Busan.", [CHOO, { id: "busan", kind: "Place", label: "Busan", names: ["Busan"] }]);
    expect(x.has("construction", "announcedBy", "choo")?.note).toContain("paraphrase");
    expect(x.has("construction", "hasPlace", "busan")).toBeDefined();
    const y = run("Exports will recover next year, according to Choo.", [CHOO]);
    expect(y.has("recovery", "announcedBy", "choo")).toBeDefined();
  });

  it("'the minister pledged' and 'he said' go to the last speaker", () => {
    const x = run("Choo spoke on Friday. The minister pledged to activate a consultative group. He said the two countries will resume talks.", [CHOO]);
    expect(x.has("activation", "announcedBy", "choo")).toBeDefined();
    expect(x.has("talks", "announcedBy", "choo")).toBeDefined();
  });

  it("a quotation running into the next sentence keeps its speaker", () => {
    const x = run('"Relations worsened last year," Choo said. "Exports to Japan fell sharply."', [CHOO]);
    expect(x.has("fall in exports", "announcedBy", "choo")?.note).toContain("continued");
  });

  it("a claim of a country ('Japan says') is kept apart with a lower confidence", () => {
    const x = run("Japan says the export curbs were imposed for security reasons.");
    const link = x.has("curbs", "announcedBy", "japan");
    expect(link?.note).toContain("kept apart");
    expect(link!.confidence).toBeLessThan(0.8);
  });

  it("lowers the confidence of an alleged event", () => {
    const plain = run("Russia attacked the port.").event("attack");
    const alleged = run("Russia allegedly attacked the port.").event("attack");
    expect(alleged.confidence).toBeLessThan(plain.confidence);
  });
});

describe("every relation", () => {
  const text = [
    "Japan imposed export curbs on Korea in 2019. The move arose from a Korean supreme court decision in late 2018.",
    '"Exports will recover if the curbs are lifted," Choo said. Korea retaliated by strengthening its export regulations and declined to extend the pact.',
  ].join(" ");
  const x = run(text, [CHOO, COURT]);
  it("carries verbatim evidence inside one sentence or two, a confidence and a note", () => {
    expect(x.relations.length).toBeGreaterThan(8);
    for (const r of x.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidence.length).toBeLessThanOrEqual(2);
      for (const e of r.evidence) expect(e.end).toBeGreaterThan(e.start);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.note).toBeTruthy();
    }
  });
  it("fits the kinds the validator allows at its ends", () => {
    const actorIds = new Set(["japan", "korea", "choo", "supreme-court"]);
    for (const r of x.relations) if (["hasActor", "issuedBy", "announcedBy"].includes(r.rel)) expect(actorIds.has(r.to)).toBe(true);
  });
});

describe("shared ends", () => {
  it("'along with' adds causes to a link stated just before it", () => {
    const x = run("The deteriorated relationship raised uncertainty in the economy, along with the worsening trade dispute.");
    expect(x.has("dispute", "causes", "uncertainty")).toMatchObject({ confidence: 0.7 });
  });
  it("the aim of a coordinated verb is the aim of the first verb too", () => {
    const x = run("The government will develop new markets and diversify export products to restore exports.");
    expect(x.has("diversification", "intendsToCause", "restoration")).toBeDefined();
    expect(x.has("development", "intendsToCause", "restoration")).toBeDefined();
  });
});

describe("unseen wire copy", () => {
  const text = [
    "SEOUL (Reuters) - South Korea said on Monday it would remove Japan from its list of trusted trading partners, in retaliation for Tokyo's decision to tighten controls on exports of high-tech materials.",
    "Seoul says the curbs are a response to South Korean court rulings ordering Japanese firms to compensate wartime forced laborers.",
    "The dispute has hurt trade between the two U.S. allies and sparked a boycott of Japanese goods in South Korea. Sales of Japanese beer fell 45 percent in July because of the boycott.",
    "He said the government could file a complaint with the World Trade Organization if Japan does not withdraw the measures.",
  ].join("\n");
  const x = run(text, [{ id: "wto", kind: "Organization", label: "World Trade Organization", names: ["World Trade Organization"] }]);
  it("'in retaliation for' and 'a response to' are cues, not events", () => {
    expect(x.events.some((e) => /retaliation|response/i.test(e.label))).toBe(false);
    expect(x.has("japan's decision", "causes", "removal")).toBeDefined();
    expect(x.has("south korea's decision", "causes", "curbs")).toBeDefined();
  });
  it("the subject of the first conjunct causes what the second verb names", () => {
    expect(x.has("dispute", "causes", "boycott")).toBeDefined();
    expect(x.has("deterioration of trade", "causes", "boycott")).toBeUndefined();
  });
  it("an amount after a change verb is not its theme", () => {
    expect(x.event("beer").label).toBe("Fall in sales of Japanese beer");
  });
  it("'ordering X to compensate' is a demand, not a purpose", () => {
    expect(x.event("compensation").modality).toBe("potential");
    expect(x.relations.some((r) => r.rel === "intendsToCause" && /compensation/.test(r.to))).toBe(false);
  });
  it("a negated condition prevents the effect", () => {
    expect(x.has("withdrawal", "prevents", "lawsuit")).toMatchObject({ modality: "conditional" });
  });
  it("a dateline is not reported speech", () => {
    expect(x.has("removal", "announcedBy", "korea")?.note).toContain("paraphrase");
  });
});

describe("more unseen wire copy", () => {
  const text =
    "Washington on Tuesday sharply increased tariffs on Chinese electric vehicles. China has vowed to retaliate. Analysts said the decision could raise prices. Tesla shares fell 3% after the announcement.\nUkraine's army withdrew from two villages amid heavy Russian shelling, the military said.";
  const x = run(text);
  it("'the decision' and 'the announcement' with no antecedent of their own refer back to the latest action that happened", () => {
    expect(x.events.some((e) => /^(decision|announcement)$/i.test(e.label))).toBe(false);
    expect(x.has("increase in tariffs", "causes", "increase in prices")?.modality).toBe("potential");
    expect(x.has("increase in tariffs", "hasActor", "united-states")).toBeDefined();
    expect(x.has("increase in tariffs", "before", "fall in Tesla shares")).toBeDefined();
    expect(x.has("retaliation", "causes", "increase in prices")).toBeUndefined();
  });
  it("'amid' is a weak cause of a response", () => {
    expect(x.has("attack", "causes", "withdrawal from two villages")).toMatchObject({ confidence: 0.45 });
  });
});

describe("Kyodo-style lead", () => {
  const x = run(
    "TOKYO (Kyodo) -- Japan will lift its export restrictions on three chemicals to South Korea, the trade ministry said Thursday, in a move aimed at mending ties strained by a row over wartime labor. The decision follows a summit between the two leaders in Tokyo last week.",
  );
  it("'in a move aimed at' continues the act of the main clause, not the noun in its object", () => {
    expect(x.has("lifting of export restrictions", "intendsToCause", "mending of ties")).toMatchObject({ modality: "planned" });
    expect(x.event("mending").modality).toBe("planned");
    expect(x.event("mending").date).toBeUndefined();
  });
  it("'The decision follows a summit' orders the summit before the act it refers to", () => {
    expect(x.has("summit", "before", "lifting of export restrictions")).toBeDefined();
  });
  it("'strained by' states the cause of the strain", () => {
    expect(x.has("row over wartime labor", "causes", "strain of ties")).toBeDefined();
  });
});
