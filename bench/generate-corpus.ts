// Synthetic article folders for benchmarks and tests: the format of data/articles (article.yaml, article.txt,
// annotation.yaml), accepted by the validator, about 40 entities and 50 relations per article, every one with a
// verbatim evidence quote. Deterministic (seeded PRNG): the same seed and count give the same bytes, so runs
// measure the same corpus. Shared entities (countries, blocs, sectors) reuse one id and identical attributes in
// every article, so merging across articles is exercised without the articles disagreeing about them.
// Standalone: node bin/run-ts.js bench/generate-corpus.ts COUNT DIR [SEED]
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import type { Kind, Modality, Relation } from "../src/model/vocabulary.ts";
import type { RelationSpec as AnnotationRelationSpec } from "../src/model/annotation-spec.ts";

/** mulberry32: tiny, fast and good enough to make varied but reproducible corpora. */
export function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entity {
  id: string;
  kind: Kind;
  label: string;
  aliases?: string[];
  description: string;
  wikidata?: string;
  jobTitle?: string;
  modality?: Modality;
  date?: { text: string; value: string; qualifier?: "early" | "mid" | "late" };
  figures?: Array<{ measure: string; text: string; value: number; unit: "KRW" | "USD" | "count" | "percent"; comparator?: "moreThan" | "about"; evidence: string[] }>;
  evidence: string[];
}

/** A relation of the annotation format, with plain-string evidence (the generator never needs occurrences). */
type RelationSpec = Omit<AnnotationRelationSpec, "evidence"> & { evidence: string[] };

/** Entities every article may name: one id, the same attributes everywhere (Wikidata ids from the design note). */
const SHARED: Entity[] = [
  { id: "korea", kind: "Country", label: "South Korea", aliases: ["Korea", "Republic of Korea"], wikidata: "Q884", description: "Country in East Asia.", evidence: [] },
  { id: "japan", kind: "Country", label: "Japan", aliases: ["Tokyo"], wikidata: "Q17", description: "Country in East Asia.", evidence: [] },
  { id: "united-states", kind: "Country", label: "United States", aliases: ["U.S."], wikidata: "Q30", description: "Country in North America.", evidence: [] },
  { id: "china", kind: "Country", label: "China", wikidata: "Q148", description: "Country in East Asia.", evidence: [] },
  { id: "european-union", kind: "Bloc", label: "European Union", aliases: ["EU"], wikidata: "Q458", description: "Political and economic union.", evidence: [] },
  { id: "asean", kind: "Bloc", label: "ASEAN", wikidata: "Q7768", description: "Association of Southeast Asian Nations.", evidence: [] },
  { id: "middle-east", kind: "Region", label: "Middle East", wikidata: "Q7204", description: "Region.", evidence: [] },
  { id: "semiconductors", kind: "Sector", label: "semiconductor industry", description: "Chip making.", evidence: [] },
  { id: "batteries", kind: "Sector", label: "battery industry", description: "Battery making.", evidence: [] },
  { id: "supply-chains", kind: "Issue", label: "supply chain security", description: "Security of supply chains.", evidence: [] },
  { id: "world-economy", kind: "Economy", label: "world economy", description: "The global economy.", evidence: [] },
  { id: "seoul", kind: "Place", label: "Seoul", description: "Capital of South Korea.", evidence: [] },
];

const SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"];
const GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Ye-jin", "Hyun-woo", "Eun-ji", "Tae-yang", "Ji-woo", "Seung-min"];
const TITLES = ["Finance Minister", "Trade Minister", "Vice Minister", "Spokesperson", "Chief Economist", "Director General"];
const TOPICS = ["export", "chip", "battery", "tariff", "investment", "energy", "shipping", "steel", "hydrogen", "rare earth"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MODALITIES: Modality[] = ["happened", "planned", "expected", "conditional", "potential", "not_happened"];

/** Verbs for the sentence stating each relation (the sentence is its evidence). */
const VERBS: Record<Relation, string> = {
  causes: "led to",
  enables: "made possible",
  prevents: "stood in the way of",
  intendsToCause: "aims at",
  before: "came before",
  during: "took place during",
  partOf: "is part of",
  hasActor: "involved",
  issuedBy: "was issued by",
  announcedBy: "was announced by",
  concerns: "concerns",
  inputTo: "feeds into",
  hasPlace: "took place in",
  locatedIn: "is located in",
  memberOf: "is a member of",
};

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

/** One article: text built from sentences, each entity and relation quoting its own sentence. */
export function generateArticle(index: number, seed = 1): { id: string; meta: string; text: string; annotation: string } {
  const next = prng(seed * 1_000_003 + index);
  const id = `bench-${String(index).padStart(6, "0")}`;
  // A short tag unique to the article keeps its local labels from matching another article's (alias merging).
  const tag = index.toString(36).toUpperCase();
  const year = 2015 + (index % 9);
  const sentences: string[] = [];
  const entities: Entity[] = [];

  // Eight of the shared entities, always including Korea so every article has a Country for memberOf/locatedIn.
  const shared = [SHARED[0] as Entity, ...SHARED.slice(1).filter(() => next() < 0.6).slice(0, 7)];
  for (const e of shared) {
    sentences.push(`The report turns to ${e.label} again.`);
    entities.push({ ...e, evidence: [`turns to ${e.label} again`] });
  }

  const local = (kind: Kind, n: number, make: (k: number) => Omit<Entity, "kind" | "evidence" | "id"> & { sentence: string; quote: string }) => {
    const made: Entity[] = [];
    for (let k = 0; k < n; k++) {
      const { sentence, quote, ...rest } = make(k);
      sentences.push(sentence);
      const entity: Entity = { id: `${kind.toLowerCase()}-${tag.toLowerCase()}-${k}`, kind, ...rest, evidence: [quote] };
      entities.push(entity);
      made.push(entity);
    }
    return made;
  };

  const persons = local("Person", 4, (k) => {
    const name = `${pick(next, SURNAMES)} ${pick(next, GIVEN)} ${tag}${k}`;
    const jobTitle = pick(next, TITLES);
    return { label: name, jobTitle, description: `${jobTitle} quoted in article ${id}.`, sentence: `${jobTitle} ${name} spoke on Friday — “we will act,” the official said.`, quote: `${jobTitle} ${name} spoke on Friday` };
  });
  const govs = local("GovernmentOrganization", 4, (k) => {
    const label = `Ministry of ${pick(next, TOPICS)} affairs ${tag}-${k}`;
    return { label, aliases: [`the ${tag}-${k} ministry`], description: "A ministry.", sentence: `${label}, also called the ${tag}-${k} ministry, oversees the sector.`, quote: `${label}, also called the ${tag}-${k} ministry` };
  });
  const orgs = local("Organization", 2, (k) => {
    const label = `${pick(next, TOPICS)} association ${tag}-${k}`;
    return { label, description: "An industry body.", sentence: `Members of the ${label} met in March.`, quote: `Members of the ${label}` };
  });
  const groups = local("Group", 2, (k) => {
    const label = `${pick(next, TOPICS)} workers ${tag}-${k}`;
    return { label, description: "People affected by the measures.", sentence: `The ${label} were affected.`, quote: `The ${label} were affected` };
  });
  const places = local("Facility", 2, (k) => {
    const label = `${pick(next, TOPICS)} cluster ${tag}-${k}`;
    return { label, description: "An industrial site.", sentence: `Work at the ${label} continued.`, quote: `Work at the ${label}` };
  });
  const events = local("Event", 8, (k) => {
    const month = 1 + Math.floor(next() * 12);
    const date = `${MONTHS[month - 1]} ${year}`;
    const label = `${pick(next, TOPICS)} dispute ${tag}-${k}`;
    const modality = pick(next, MODALITIES);
    return {
      label,
      modality,
      date: { text: date, value: `${year}-${String(month).padStart(2, "0")}` },
      description: `An event of ${date}.`,
      sentence: `The ${label} of ${date} drew attention.`,
      quote: `The ${label} of ${date}`,
    };
  });
  const policies = local("Policy", 4, (k) => {
    const label = `${pick(next, TOPICS)} control rule ${tag}-${k}`;
    const late = next() < 0.3;
    return {
      label,
      modality: pick(next, MODALITIES),
      date: late ? { text: `late ${year - 1}`, value: String(year - 1), qualifier: "late" } : { text: String(year), value: String(year) },
      description: "A policy.",
      sentence: `Officials defended the ${label}, adopted ${late ? `late ${year - 1}` : `in ${year}`}.`,
      quote: `defended the ${label}`,
    };
  });
  const plans = local("Plan", 3, (k) => {
    const label = `${pick(next, TOPICS)} investment plan ${tag}-${k}`;
    const amount = 10 + Math.floor(next() * 490);
    const figureText = `${amount} billion won`;
    return {
      label,
      modality: "planned",
      description: "A plan with a budget.",
      figures: [{ measure: "budget", text: figureText, value: amount * 1e9, unit: "KRW", comparator: "moreThan", evidence: [`more than ${figureText} for the ${label}`] }],
      sentence: `The government set aside more than ${figureText} for the ${label}.`,
      quote: `for the ${label}`,
    };
  });
  const products = local("Product", 2, (k) => {
    const label = `${pick(next, TOPICS)} component ${tag}-${k}`;
    return { label, description: "A traded good.", sentence: `Shipments of ${label} fell by ${k + 3} percent.`, quote: `Shipments of ${label}` };
  });
  const laws = local("Legislation", 1, () => {
    const label = `${pick(next, TOPICS)} act ${tag}`;
    return { label, description: "A law.", sentence: `Lawmakers passed the ${label}.`, quote: `passed the ${label}` };
  });

  const sharedOf = (kinds: Kind[]) => shared.filter((e) => kinds.includes(e.kind));
  const actors = [...persons, ...govs, ...orgs, ...groups, ...sharedOf(["Country", "Bloc"])];
  const happenings = [...events, ...policies, ...plans];
  const placesAll = [...places, ...sharedOf(["Country", "Region", "Place", "Bloc"])];
  const topics = [...products, ...sharedOf(["Sector", "Issue", "Economy"])];
  const countries = sharedOf(["Country"]);
  const blocs = sharedOf(["Bloc"]);

  // Relation templates: [relation, sources, targets], each valid for relation-constraints.ts.
  const templates: Array<[Relation, Entity[], Entity[]]> = [
    ["causes", happenings, happenings],
    ["causes", happenings, happenings],
    ["enables", happenings, happenings],
    ["prevents", happenings, happenings],
    ["intendsToCause", [...policies, ...plans], happenings],
    ["before", events, events],
    ["hasActor", happenings, actors],
    ["hasActor", happenings, actors],
    ["issuedBy", [...policies, ...laws, ...plans], [...govs, ...countries]],
    ["announcedBy", [...plans, ...policies], persons],
    ["concerns", [...policies, ...plans, ...laws], topics],
    ["inputTo", products, topics.filter((t) => t.kind !== "Product")],
    ["hasPlace", events, placesAll],
    ["locatedIn", places, countries],
    ["memberOf", persons, govs],
    ["memberOf", countries, blocs.length > 0 ? blocs : govs],
    ["partOf", plans, policies],
    ["during", events, events],
  ];
  const relations: RelationSpec[] = [];
  const stated = new Set<string>();
  for (let attempt = 0; relations.length < 50 && attempt < 1000; attempt++) {
    const [rel, sources, targets] = pick(next, templates);
    if (sources.length === 0 || targets.length === 0) continue;
    const from = pick(next, sources);
    const to = pick(next, targets);
    const key = `${from.id} ${rel} ${to.id}`;
    if (from.id === to.id || stated.has(key)) continue;
    stated.add(key);
    const n = relations.length + 1;
    const clause = `${from.label} ${VERBS[rel]} ${to.label}`;
    sentences.push(`Point ${n}: ${clause}, analysts said.`);
    const relation: RelationSpec = { from: from.id, rel, to: to.id, evidence: [`Point ${n}: ${clause}`] };
    if (next() < 0.3) relation.confidence = pick(next, [0.6, 0.75, 0.8, 0.9, 0.95]);
    if (next() < 0.2) relation.modality = pick(next, MODALITIES);
    if (rel === "hasActor" && next() < 0.5) relation.role = pick(next, ["speaker", "party", "target"]);
    if (next() < 0.1) relation.note = `Stated with "quotes" and a back\\slash, n${n}.`;
    relations.push(relation);
  }

  // Paragraphs of five sentences; the order is shuffled so quotes are spread through the text.
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(" "));
  const text = `${paragraphs.join("\n\n")}\n`;

  const meta = {
    id,
    headline: `Synthetic story ${index}: ${pick(next, TOPICS)} and ${pick(next, TOPICS)}`,
    publisher: pick(next, ["Bench Daily", "Synthetic Times", "Korea Test Herald"]),
    author: next() < 0.3 ? [`${pick(next, GIVEN)} ${pick(next, SURNAMES)}`, `${pick(next, GIVEN)} ${pick(next, SURNAMES)}`] : [`${pick(next, GIVEN)} ${pick(next, SURNAMES)}`],
    datePublished: `${year}-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`,
    section: "Business > Economy",
    language: "en",
    url: `https://example.com/bench/${id}`,
  };
  const annotation = { entities, relations };
  return {
    id,
    meta: `# Generated by bench/generate-corpus.ts\n${stringify(meta)}`,
    text,
    annotation: `# Generated by bench/generate-corpus.ts\n${stringify(annotation, { lineWidth: 0 })}`,
  };
}

/** Writes `count` article folders under `dir` (folder name = article id, so folder order is id order). */
export async function generateCorpus(dir: string, count: number, seed = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const article = generateArticle(i, seed);
    const folder = join(dir, article.id);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "article.yaml"), article.meta);
    await writeFile(join(folder, "article.txt"), article.text);
    await writeFile(join(folder, "annotation.yaml"), article.annotation);
    ids.push(article.id);
  }
  return ids;
}

const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : "";
if (entry === import.meta.url) {
  const [count, dir, seed] = process.argv.slice(3);
  if (!count || !dir) {
    console.error("usage: node bin/run-ts.js bench/generate-corpus.ts COUNT DIR [SEED]");
    process.exit(2);
  }
  await generateCorpus(dir, Number(count), seed ? Number(seed) : 1);
}
