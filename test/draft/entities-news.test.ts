// The entity stage on wire copy invented for these tests (central banks, strikes, disasters, courts,
// antitrust): datelines, the places gazetteer, names with their head word inside ("Maritime Union of
// Australia"), named central banks, organisations after a role noun, currencies and other topics,
// people by a common family name; and what must stay out (amounts, modifiers, first names).
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { EntityCandidate, RelationCandidate } from "../../src/draft/types.ts";

function run(text: string): { entities: EntityCandidate[]; relations: RelationCandidate[] } {
  return recognizeEntities({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] });
}

function byLabel(entities: EntityCandidate[], label: string): EntityCandidate {
  const found = entities.find((e) => e.label === label);
  if (!found) throw new Error(`no entity labelled ${label}; got ${entities.map((e) => `${e.label} (${e.kind})`).join(", ")}`);
  return found;
}

const labels = (entities: EntityCandidate[]) => entities.map((e) => e.label);
const has = (relations: RelationCandidate[], from: string, rel: string, to: string) => relations.some((r) => r.from === from && r.rel === rel && r.to === to);

describe("datelines", () => {
  it("reads the filing city in capitals as a place, a capital as its city and not its government", () => {
    const rate = run("MEXICO CITY (Reuters) - Mexico's central bank raised its benchmark rate on Thursday.");
    expect(byLabel(rate.entities, "Mexico City")).toMatchObject({ kind: "Place" });
    expect(byLabel(rate.entities, "Mexico City").mentions.map((m) => m.text)).toEqual(["MEXICO CITY"]);
    expect(labels(rate.entities)).not.toContain("MEXICO CITY");
    const quake = run("ISLAMABAD, Oct 8 (AP) — A powerful earthquake struck northwestern Pakistan early on Sunday.");
    expect(byLabel(quake.entities, "Islamabad").kind).toBe("Place");
    expect(byLabel(quake.entities, "Pakistan").mentions.map((m) => m.text)).toEqual(["Pakistan"]);
  });

  it("takes an unknown city only with the rest of a dateline after it", () => {
    const found = run("PORT KEMBLA, Australia — Dock workers walked off the job on Monday.");
    expect(byLabel(found.entities, "Port Kembla").kind).toBe("Place");
    const acronym = run("CUPE, the public sector union, said talks had stalled.");
    expect(acronym.entities.filter((e) => e.kind === "Place")).toEqual([]);
  });
});

describe("places the gazetteer knows", () => {
  it("finds cities and provinces by country, with 'province' as part of the name", () => {
    const { entities, relations } = run(
      "Most of the deaths were in Khyber Pakhtunkhwa province, where landslides cut off roads near Peshawar. " +
        "The quake also shook Palu, Central Sulawesi, and was felt in Surabaya.",
    );
    expect(byLabel(entities, "Khyber Pakhtunkhwa")).toMatchObject({ kind: "Region", aliases: ["Khyber Pakhtunkhwa province"] });
    for (const city of ["Peshawar", "Palu", "Surabaya"]) expect(byLabel(entities, city).kind).toBe("Place");
    expect(byLabel(entities, "Central Sulawesi").kind).toBe("Region");
    // The text states it: "Palu, Central Sulawesi".
    expect(has(relations, "palu", "locatedIn", "central-sulawesi")).toBe(true);
    const stated = relations.find((r) => r.from === "palu" && r.rel === "locatedIn")!;
    expect(stated.confidence).toBe(1);
  });

  it("keeps a person whose first name is also a place name a person", () => {
    const { entities } = run("Governor Victoria Rodriguez said the board would act. Manufacturers in Nuevo Leon have benefited.");
    expect(byLabel(entities, "Victoria Rodriguez").kind).toBe("Person");
    expect(byLabel(entities, "Nuevo Leon").kind).toBe("Region");
    expect(entities.some((e) => e.label === "Victoria")).toBe(false);
  });
});

describe("organisations", () => {
  it("reads a name whose head word stands before 'of' inside it", () => {
    const { entities } = run(
      "The Maritime Union of Australia called the 48-hour strike. The union is seeking a 27% pay rise. The Confederation of Industrial Chambers warned of job losses.",
    );
    expect(byLabel(entities, "Maritime Union of Australia")).toMatchObject({ kind: "Organization", aliases: ["the union"] });
    expect(byLabel(entities, "Confederation of Industrial Chambers").kind).toBe("Organization");
    // The country inside the name is not a mention of the country on its own.
    expect(labels(entities)).not.toContain("Australia");
  });

  it("sends 'the central bank', the country's central bank and its nickname to the named bank", () => {
    const { entities } = run(
      "Mexico's central bank raised rates again. The Bank of Mexico's five-member board voted unanimously. \"Banxico is not done yet,\" an analyst said. The central bank meets again in December.",
    );
    const bank = byLabel(entities, "Bank of Mexico");
    expect(bank.kind).toBe("GovernmentOrganization");
    expect(bank.aliases).toEqual(expect.arrayContaining(["Mexico's central bank", "Banxico"]));
    expect(bank.mentions.map((m) => m.text)).toContain("The central bank");
    expect(entities.filter((e) => /central bank/i.test(e.label))).toEqual([]);
  });

  it("reads a name after an organisation's role noun, and the same name later without it", () => {
    const { entities } = run("Talks with terminal operator Northgate Stevedoring broke down last week. Northgate Stevedoring said the action was unnecessary.");
    const operator = byLabel(entities, "Northgate Stevedoring");
    expect(operator.kind).toBe("Organization");
    expect(operator.mentions).toHaveLength(2);
    expect(entities.filter((e) => e.kind === "Person")).toEqual([]);
  });

  it("knows companies and agencies news names often", () => {
    const { entities } = run("Shipping lines including Maersk and Hapag-Lloyd diverted vessels, according to Antara. Petrobras shares rose.");
    for (const name of ["Maersk", "Hapag-Lloyd", "Antara", "Petrobras"]) expect(byLabel(entities, name).kind).toBe("Organization");
  });

  it("does not take a sentence-initial common word for a company", () => {
    const { entities } = run("Total exports fell 3% in October. Reliance on imported fuel grew.");
    expect(entities.filter((e) => e.kind === "Organization")).toEqual([]);
  });
});

describe("names joined by 'and', cabinets and peoples", () => {
  it("splits two known companies joined by 'and' and reads a country's cabinet", () => {
    const { entities } = run("Japan's Cabinet approved the step after courts ordered Nippon Steel and Mitsubishi Heavy Industries to pay.");
    expect(byLabel(entities, "Nippon Steel").kind).toBe("Organization");
    expect(byLabel(entities, "Mitsubishi Heavy Industries").kind).toBe("Organization");
    expect(labels(entities)).not.toContain("Nippon Steel and Mitsubishi Heavy Industries");
    expect(byLabel(entities, "Cabinet of Japan").aliases).toEqual(["Japan's Cabinet"]);
  });

  it("makes a people's plural a group when a participle describes it or a verb makes it act, not elsewhere", () => {
    const { entities } = run("The ruling ordered the firms to compensate Koreans forced to work in their factories. Many Brazilians have stopped buying beef. Ties with Indonesians deepened.");
    expect(byLabel(entities, "Koreans forced to work").kind).toBe("Group");
    expect(byLabel(entities, "Brazilians").kind).toBe("Group");
    expect(labels(entities).some((l) => l.startsWith("Indonesians"))).toBe(false);
  });
});

describe("groups and organisations named by common nouns", () => {
  it("makes two kinds of people named together one group, even without a describing word", () => {
    const { entities } = run("The scheme will offer grants for farmers and fishermen in coastal towns.");
    expect(byLabel(entities, "Farmers and fishermen").kind).toBe("Group");
  });

  it("makes a described organisation introduced with 'a' a node, not a predicate or 'a group of'", () => {
    const { entities } = run("The ministers agreed to set up a joint task force on port security. A group of dockers walked out. It is a small company.");
    expect(byLabel(entities, "Joint task force").kind).toBe("Organization");
    expect(labels(entities)).not.toContain("Small company");
    expect(labels(entities).some((l) => /^Group/.test(l))).toBe(false);
  });
});

describe("places by a place noun and facilities of known cities", () => {
  it("reads an unknown name before a lower-case place noun as a region or place", () => {
    const { entities } = run("Rescuers reached Cugenang district and Sukamaju village on Tuesday.");
    expect(byLabel(entities, "Cugenang")).toMatchObject({ kind: "Region" });
    expect(byLabel(entities, "Cugenang").mentions.map((m) => m.text)).toEqual(["Cugenang district"]);
    expect(byLabel(entities, "Sukamaju").kind).toBe("Place");
  });

  it("names a facility by a known city and a facility noun, located in the city", () => {
    const { entities, relations } = run("Workers shut the port of Vancouver on Monday, and cargo piled up at Halifax airport.");
    expect(byLabel(entities, "Port of Vancouver").kind).toBe("Facility");
    expect(byLabel(entities, "Halifax airport").kind).toBe("Facility");
    expect(has(relations, "port-of-vancouver", "locatedIn", "vancouver")).toBe(true);
  });

  it("takes a capital as its city after 'the capital', a disaster verb or as a modifier, and as its country when it acts", () => {
    const { entities } = run("The quake was felt in the capital, Jakarta, and shook Manila. Reporters at a Nairobi hotel waited. Tokyo said it regretted the step.");
    for (const city of ["Jakarta", "Manila", "Nairobi"]) expect(byLabel(entities, city).kind).toBe("Place");
    expect(byLabel(entities, "Japan").mentions.map((m) => m.text)).toEqual(["Tokyo"]);
    expect(labels(entities)).not.toContain("Indonesia");
  });

  it("makes a described facility a node and sends a later bare mention to it, but not a comparison or a modifier", () => {
    const { entities } = run(
      "The company will build the planned battery factory in Ulsan. The factory will employ 3,000 people. It is one of the largest steel mills in Asia. The plant operators walked out.",
    );
    const factory = byLabel(entities, "Battery factory");
    expect(factory.kind).toBe("Facility");
    expect(factory.mentions.map((m) => m.text)).toEqual(["planned battery factory", "The factory"]);
    expect(labels(entities)).not.toContain("Steel mills");
    expect(labels(entities).some((l) => /^Plant$/.test(l))).toBe(false);
  });

  it("knows seas, straits and world regions, and reads 'Mount X', 'Lake X', 'Bay of X' as places", () => {
    const { entities } = run("Mount Semeru erupted on Java, which sits on the Pacific Ring of Fire. Tankers avoided the Strait of Hormuz and the Red Sea. Floods hit the Bay of Bengal coast.");
    for (const place of ["Mount Semeru", "Strait of Hormuz", "Bay of Bengal"]) expect(byLabel(entities, place).kind).toBe("Place");
    expect(byLabel(entities, "Ring of Fire").aliases).toEqual(["Pacific Ring of Fire"]);
    expect(byLabel(entities, "Red Sea").kind).toBe("Region");
  });

  it("reads named products exactly as written", () => {
    const { entities } = run("The regulator said Microsoft tied Teams to Microsoft Azure. Rain streaked the windows of the building.");
    expect(byLabel(entities, "Microsoft Azure").kind).toBe("Product");
    expect(labels(entities)).not.toContain("Windows");
  });
});

describe("names with particles", () => {
  it("keeps 'da', 'von der' inside a person's name and finds a later inner word of a long name", () => {
    const { entities } = run("President Luiz Inacio Lula da Silva criticised the decision. Lula said rates were too high. Commission President Ursula von der Leyen agreed.");
    const lula = byLabel(entities, "Luiz Inacio Lula da Silva");
    expect(lula).toMatchObject({ kind: "Person", jobTitle: "President" });
    expect(lula.mentions.map((m) => m.text)).toEqual(["Luiz Inacio Lula da Silva", "Lula"]);
    expect(byLabel(entities, "Ursula von der Leyen").kind).toBe("Person");
  });
});

describe("single unknown words", () => {
  it("reads an unknown acronym as an organisation and a word beside a speech verb as a person, not a time zone or a war", () => {
    const { entities } = run("The ILWU said its members would strike, and CUPE backed them. Prabowo said the army would help. The quake hit at 04:12 WIB, and WWII memories lingered.");
    expect(byLabel(entities, "ILWU").kind).toBe("Organization");
    expect(byLabel(entities, "CUPE").kind).toBe("Organization");
    expect(byLabel(entities, "Prabowo").kind).toBe("Person");
    expect(labels(entities)).not.toContain("WIB");
    expect(labels(entities)).not.toContain("WWII");
  });
});

describe("people by a common family name", () => {
  it("reads a capitalised first word and a common family name as a person", () => {
    const { entities } = run("Warren Smith heads the branch. Smith said members would not back down.");
    const smith = byLabel(entities, "Warren Smith");
    expect(smith.kind).toBe("Person");
    expect(smith.mentions.map((m) => m.text)).toEqual(["Warren Smith", "Smith"]);
  });
});

describe("topics", () => {
  it("finds currencies, indicators and sectors that news writes in lower case", () => {
    const { entities } = run(
      "The peso firmed 0.4% against the dollar, while government bond yields fell. Core inflation accelerated and remittances rose. " +
        "The commission said the company favoured its own shopping service in search results and hurt competition in cloud computing.",
    );
    expect(byLabel(entities, "Peso").kind).toBe("Economy");
    expect(byLabel(entities, "US dollar").aliases).toEqual(["dollar"]);
    expect(byLabel(entities, "Bond yields").aliases).toEqual(["government bond yields"]);
    for (const topic of ["Core inflation", "Remittances", "Shopping service", "Online search", "Competition", "Cloud computing"]) expect(byLabel(entities, topic)).toBeDefined();
  });

  it("reads 'the economy' as the economy of the article's country, and 'the real' only in an article about Brazil", () => {
    const brazil = run("Brazil's central bank raised the Selic rate. The real weakened against the dollar, and policymakers said the economy was slowing.");
    expect(byLabel(brazil.entities, "Brazilian real").mentions.map((m) => m.text)).toEqual(["real"]);
    expect(byLabel(brazil.entities, "Brazilian economy").aliases).toEqual(["the economy"]);
    expect(byLabel(brazil.entities, "Selic rate").kind).toBe("Economy");
    const elsewhere = run("The real problem, Chile's finance minister said, is that the real estate market is slowing.");
    expect(labels(elsewhere.entities)).not.toContain("Brazilian real");
  });

  it("reads a country adjective before a goods noun as that country's product", () => {
    const { entities } = run("Korean consumers boycotted Japanese beer and other Japanese products, while Japanese firms protested.");
    expect(byLabel(entities, "Japanese beer").kind).toBe("Product");
    expect(byLabel(entities, "Japanese products").kind).toBe("Product");
    expect(byLabel(entities, "Japanese firms").kind).toBe("Group");
  });

  it("leaves a counted currency to the figures and a topic noun before a group noun to the group", () => {
    const { entities } = run("The regulator fined the firm 2.4 billion euros. Freight companies warned of delays, and oil workers joined the strike.");
    expect(labels(entities)).not.toContain("Euro");
    expect(labels(entities)).not.toContain("Logistics");
    expect(labels(entities)).not.toContain("Oil");
    expect(byLabel(entities, "Freight companies").kind).toBe("Group");
  });
});

describe("groups across a paragraph break", () => {
  it("a headline's last word does not modify the group that opens the story", () => {
    const { entities } = run("Central bank under fire\n\nEconomists expect further hikes next year.");
    expect(labels(entities)).toContain("Economists");
    expect(labels(entities).join("|")).not.toMatch(/fire/i);
  });
});
