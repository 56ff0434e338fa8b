// The gazetteer (data/gazetteer/*.json) as one lookup table of surface forms. Each form points at an
// entry and says how it names it: the entry's own name, a capital standing for its country
// ("Tokyo"), a demonym adjective ("Japanese"), or an institution template filled in for a country
// ("Korean supreme court" → Supreme Court of Korea). Built once per process: the tables are data.
import blocs from "../../data/gazetteer/blocs.json" with { type: "json" };
import companies from "../../data/gazetteer/companies.json" with { type: "json" };
import countries from "../../data/gazetteer/countries.json" with { type: "json" };
import templates from "../../data/gazetteer/institution-templates.json" with { type: "json" };
import institutions from "../../data/gazetteer/institutions.json" with { type: "json" };
import places from "../../data/gazetteer/places.json" with { type: "json" };
import products from "../../data/gazetteer/products.json" with { type: "json" };
import agencies from "../../data/gazetteer/news-agencies.json" with { type: "json" };
import regions from "../../data/gazetteer/regions.json" with { type: "json" };
import topics from "../../data/lexicons/entity-topics.json" with { type: "json" };
import type { Kind } from "../model/vocabulary.ts";
import { phraseKey, surfaceKey, tokenize, type Token } from "./entity-tokens.ts";
import { capitalise, slugify } from "./entity-labels.ts";

export interface GazetteerEntry {
  id: string;
  kind: Kind;
  label: string;
  aliases: string[];
  wikidata?: string;
  /** Country id it belongs to or lies in. */
  country?: string;
  /** Structural parent: a country id, "government" (of `country`), or another entry id. */
  partOf?: string;
  /** For places and regions: the id of the place that contains it. */
  in?: string;
  /** Where it came from: "country", "bloc", "institution", "template", "company", "product", "agency", "region", "topic", "capital". */
  source: string;
  /** Institution-template key ("government", "supreme-court"…). */
  key?: string;
  /** Topics: the article must contain one of these words for the entry's forms to count. */
  onlyWith?: string[];
}

export type FormRole = "name" | "capital" | "adjective" | "people";

export interface GazetteerHit {
  entry: GazetteerEntry;
  role: FormRole;
  /** Token index one past the match. */
  end: number;
  /** For a capital: the country (or bloc) it can stand for. */
  metonymOf?: GazetteerEntry;
  caseInsensitive: boolean;
}

interface Form {
  entry: GazetteerEntry;
  role: FormRole;
  metonymOf?: GazetteerEntry;
}

export interface GazetteerIndex {
  entries: Map<string, GazetteerEntry>;
  /** Longest form starting at token `from`, not crossing `limit` (exclusive). */
  match(tokens: readonly Token[], from: number, limit: number): GazetteerHit | undefined;
  /** Country adjectives ("Korean"), for labels of groups and economies. */
  countryOfAdjective: Map<string, GazetteerEntry>;
  /** A country's institution by template key ("korea", "government" → Government of South Korea). */
  institution(country: string, key: string): GazetteerEntry | undefined;
}

const MAX_TOKENS = 12;
const REGION_NOUNS = ["province", "state", "region", "prefecture"];

let cached: GazetteerIndex | undefined;

export function gazetteerIndex(): GazetteerIndex {
  cached ??= buildIndex();
  return cached;
}

/**
 * Accents folded away ("Brasília" = "Brasilia", "São Paulo" = "Sao Paulo"): news copy and the
 * gazetteer spell the same names both ways. Folding keeps one code unit per letter for these
 * Latin names, and only keys are folded, so offsets are the text's own.
 */
function fold(key: string): string {
  return /[^ -~]/.test(key) ? key.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") : key;
}

function buildIndex(): GazetteerIndex {
  const exact = new Map<string, Form>();
  const lower = new Map<string, Form>();
  const upper = new Map<string, Form>();
  const entries = new Map<string, GazetteerEntry>();
  const countryOfAdjective = new Map<string, GazetteerEntry>();

  // First writer wins: files are read from the most specific (named institutions) to the most generic
  // (templates), so "Bank of Korea" is never taken over by a generic form.
  const add = (map: Map<string, Form>, phrase: string, form: Form): void => {
    const key = fold(map === lower ? phraseKey(phrase).toLowerCase() : map === upper ? phraseKey(phrase).toUpperCase() : phraseKey(phrase));
    if (!key || map.has(key)) return;
    map.set(key, form);
  };
  const register = (entry: GazetteerEntry): GazetteerEntry => {
    const existing = entries.get(entry.id);
    if (existing) {
      for (const alias of entry.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      return existing;
    }
    entries.set(entry.id, entry);
    return entry;
  };
  const addNames = (entry: GazetteerEntry, shout: boolean): void => {
    for (const name of [entry.label, ...entry.aliases]) {
      add(exact, name, { entry, role: "name" });
      // Credits and wire slugs print names in capitals ("[YONHAP]"); short acronyms stay exact.
      if (shout && name.replace(/[^\p{L}]/gu, "").length >= 4) add(upper, name, { entry, role: "name" });
    }
  };

  for (const raw of institutions.entities) {
    const entry = register({ ...(raw as Omit<GazetteerEntry, "source">), aliases: [...raw.aliases], source: "institution" });
    addNames(entry, false);
  }
  for (const raw of blocs.entities) {
    const entry = register({ ...(raw as unknown as Omit<GazetteerEntry, "source">), aliases: [...raw.aliases], source: "bloc" });
    addNames(entry, true);
  }
  for (const raw of agencies.entities) {
    const entry = register({ ...(raw as Omit<GazetteerEntry, "source">), aliases: [...raw.aliases], source: "agency" });
    addNames(entry, true);
  }
  for (const raw of companies.entities) {
    const entry = register({ ...(raw as Omit<GazetteerEntry, "source">), aliases: [...raw.aliases], source: "company" });
    addNames(entry, false);
  }

  for (const raw of products.entities) {
    const entry = register({ id: raw.id, kind: "Product", label: raw.label, aliases: [...raw.aliases], source: "product" });
    addNames(entry, false);
  }

  const countryEntries: Array<{ entry: GazetteerEntry; raw: (typeof countries.countries)[number] }> = [];
  for (const raw of countries.countries) {
    const entry = register({
      id: raw.id,
      kind: "Country",
      label: raw.label,
      aliases: [...raw.aliases],
      ...(raw.wikidata ? { wikidata: raw.wikidata } : {}),
      source: "country",
    });
    countryEntries.push({ entry, raw });
    addNames(entry, false);
    for (const adjective of raw.adjectives) {
      add(exact, adjective, { entry, role: "adjective" });
      if (!countryOfAdjective.has(adjective)) countryOfAdjective.set(adjective, entry);
    }
    for (const people of raw.people) add(exact, people, { entry, role: "people" });
  }
  for (const raw of regions.entities) {
    const entry = register({ ...(raw as Omit<GazetteerEntry, "source">), aliases: [...raw.aliases], source: "region" });
    addNames(entry, false);
  }
  // Capitals: the city as a place, with the country it can stand for.
  for (const { entry: country, raw } of countryEntries) {
    for (const capital of raw.capitals) {
      const city = register({ id: slugify(capital), kind: "Place", label: capital, aliases: [], in: country.id, country: country.id, source: "capital" });
      add(exact, capital, { entry: city, role: "capital", metonymOf: country });
    }
  }
  // Cities and first-level regions by country, after the capitals so that a capital keeps its metonymy.
  const placeNames = (item: string | string[]): string[] => (typeof item === "string" ? [item] : item);
  for (const [country, list] of Object.entries(places.cities as Record<string, Array<string | string[]>>)) {
    for (const item of list) {
      const [label, ...aliases] = placeNames(item) as [string, ...string[]];
      const entry = register({ id: slugify(label), kind: "Place", label, aliases, in: country, country, source: "region" });
      addNames(entry, false);
    }
  }
  for (const [country, list] of Object.entries(places.regions as Record<string, Array<string | string[]>>)) {
    for (const item of list) {
      const [label, ...aliases] = placeNames(item) as [string, ...string[]];
      const entry = register({ id: slugify(label), kind: "Region", label, aliases, in: country, country, source: "region" });
      addNames(entry, false);
      // "Khyber Pakhtunkhwa province", "the state of Bahia": the noun is part of the name as news writes it.
      if (/\s(region|province|state)$/i.test(label)) continue;
      for (const noun of REGION_NOUNS) {
        add(exact, `${label} ${noun}`, { entry, role: "name" });
        add(exact, `${label} ${capitalise(noun)}`, { entry, role: "name" });
      }
      for (const noun of ["province", "state"]) add(exact, `${noun} of ${label}`, { entry, role: "name" });
    }
  }
  for (const raw of blocs.entities) {
    const seats = (raw as { seats?: string[] }).seats ?? [];
    const bloc = entries.get(raw.id)!;
    for (const seat of seats) {
      const city = register({ id: slugify(seat), kind: "Place", label: seat, aliases: [], source: "capital" });
      add(exact, seat, { entry: city, role: "capital", metonymOf: bloc });
    }
  }

  // Institution templates, filled in for every country; a named institution with the same key for
  // that country takes the template's forms.
  const named = new Map<string, GazetteerEntry>();
  for (const entry of entries.values()) if (entry.source === "institution" && entry.key && entry.country) named.set(`${entry.country}|${entry.key}`, entry);
  for (const { entry: country, raw } of countryEntries) {
    const of = raw.ofName;
    const theLabel = of.startsWith("the ") ? `the ${raw.label}` : raw.label;
    const adjectives = raw.adjectives;
    const firstAdjective = adjectives[0] ?? raw.label;
    const names = [raw.label, ...raw.aliases];
    for (const template of templates.templates) {
      const fill = (s: string): string =>
        s
          .replaceAll("{theLabel}", theLabel)
          .replaceAll("{of}", of)
          .replaceAll("{label}", raw.label)
          .replaceAll("{adjCap}", firstAdjective)
          .replaceAll("{adjSlug}", slugify(firstAdjective))
          .replaceAll("{id}", raw.id);
      let target = named.get(`${country.id}|${template.key}`);
      if (!target) {
        const label = fill(template.label);
        target = register({
          id: template.id ? fill(template.id) : slugify(label),
          kind: template.kind as Kind,
          label,
          aliases: [],
          country: country.id,
          ...(template.partOf ? { partOf: template.partOf } : {}),
          source: "template",
          key: template.key,
        });
      }
      for (const form of template.forms) {
        const variants = form.includes("{adj}") ? adjectives.map((a) => form.replaceAll("{adj}", a)) : form.includes("{name}") ? names.map((n) => form.replaceAll("{name}", n)) : [form];
        for (const variant of variants) add(lower, variant, { entry: target, role: "name" });
      }
    }
  }

  for (const raw of topics.entries) {
    const onlyWith = (raw as { onlyWith?: string[] }).onlyWith;
    const entry = register({ id: raw.id, kind: raw.kind as Kind, label: raw.label, aliases: [], source: "topic", ...(onlyWith ? { onlyWith } : {}) });
    for (const form of raw.forms) add(lower, form, { entry, role: "name" });
  }

  // The longest form (in tokens) by its first word, lower-cased: most words start no form at all,
  // so most lookups end here.
  const longestByFirst = new Map<string, number>();
  for (const map of [exact, lower, upper]) {
    for (const key of map.keys()) {
      const tokens = tokenize(key);
      const first = tokens[0]?.text.toLowerCase() ?? "";
      longestByFirst.set(first, Math.max(longestByFirst.get(first) ?? 0, tokens.length));
    }
  }

  const match = (tokens: readonly Token[], from: number, limit: number): GazetteerHit | undefined => {
    const first = tokens[from];
    if (!first?.word) return undefined;
    const longest = longestByFirst.get(fold(first.text.replace(/’/g, "'").toLowerCase()));
    if (!longest) return undefined;
    const max = Math.min(limit, from + longest, from + MAX_TOKENS);
    for (let end = max; end > from; end--) {
      const last = tokens[end - 1]!;
      // A form never ends inside a word ("Korea" in "Korea-based" is fine, "Kor" never exists).
      const key = fold(surfaceKey(tokens, from, end));
      const hit = exact.get(key);
      if (hit) return { ...hit, end, caseInsensitive: false };
      const lowerHit = lower.get(key.toLowerCase());
      if (lowerHit && (lowerHit.entry.source !== "topic" || last.word)) return { ...lowerHit, end, caseInsensitive: true };
      if (first.allCaps) {
        const upperHit = upper.get(key.toUpperCase());
        if (upperHit && key === key.toUpperCase()) return { ...upperHit, end, caseInsensitive: true };
      }
    }
    return undefined;
  };

  const byKey = new Map<string, GazetteerEntry>();
  for (const entry of entries.values()) if (entry.key && entry.country && !byKey.has(`${entry.country}|${entry.key}`)) byKey.set(`${entry.country}|${entry.key}`, entry);
  const institution = (country: string, key: string) => byKey.get(`${country}|${key}`);

  return { entries, match, countryOfAdjective, institution };
}
