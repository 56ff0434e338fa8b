import { describe, expect, it } from "vitest";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { NS } from "../../src/rdf/namespaces.ts";
import { vocabularyQuads } from "../../src/rdf/vocabulary-quads.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

describe("vocabularyQuads", () => {
  it("declares every kgv: term the seed export uses", async () => {
    const declared = new Set(vocabularyQuads().map((q) => q.subject.value));
    const used = new Set<string>();
    for (const profile of ["rdf11", "rdf12"] as const) {
      for (const q of graphToQuads(await loadSeedGraph(), { profile })) {
        for (const term of [q.predicate, q.object]) {
          if (term.termType === "NamedNode" && term.value.startsWith(NS.kgv)) used.add(term.value);
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((t) => !declared.has(t))).toEqual([]);
  });

  it("makes statements only about its own terms (and the ontology); kgv:Claim is an rdf:Statement", () => {
    const quads = vocabularyQuads();
    const ontology = NS.kgv.replace(/#$/, "");
    expect(quads.filter((q) => !q.subject.value.startsWith(NS.kgv) && q.subject.value !== ontology).map((q) => q.subject.value)).toEqual([]);
    expect(quads.some((q) => q.subject.value === `${NS.kgv}Claim` && q.predicate.value.endsWith("#subClassOf") && q.object.value === `${NS.rdf}Statement`)).toBe(true);
    expect(quads.some((q) => q.subject.value === `${NS.kgv}eventRelation`)).toBe(false);
  });
});
