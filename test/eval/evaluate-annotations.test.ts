// evaluateAnnotations on the hand-made article: each score moves exactly as the edit says, and the
// seed's gold against itself (and against copies with something deleted) gives the expected figures.
import { describe, expect, it } from "vitest";
import { UsageKgError } from "../../src/errors.ts";
import { evaluateAnnotations } from "../../src/eval/evaluate-annotations.ts";
import { score } from "../../src/eval/score.ts";
import type { AnnotationSpec } from "../../src/model/annotation-spec.ts";
import type { ArticleModel } from "../../src/model/types.ts";
import { RELATIONS } from "../../src/model/vocabulary.ts";
import { loadSeedModels } from "../helpers/seed.ts";
import { entity, FIXTURE_TEXT, goldModel, goldSpec, modelOf } from "./eval-fixture.ts";

const gold = goldModel();
const G = {
  entities: gold.nodes.length,
  relations: gold.edges.length,
  causal: gold.edges.filter((e) => RELATIONS[e.attributes.relation].category === "causal").length,
  dates: gold.nodes.filter((n) => n.attributes.date).length,
  figures: gold.nodes.reduce((n, node) => n + node.attributes.figures.length, 0),
};

function evaluate(edit: (spec: AnnotationSpec) => void) {
  const spec = goldSpec();
  edit(spec);
  return evaluateAnnotations(modelOf(spec), gold);
}
const relation = (spec: AnnotationSpec, from: string, rel: string, to: string) => {
  const found = (spec.relations ?? []).find((r) => r.from === from && r.rel === rel && r.to === to);
  if (!found) throw new Error(`no relation ${from} ${rel} ${to}`);
  return found;
};

function expectPerfect(report: ReturnType<typeof evaluateAnnotations>): void {
  for (const [key, s] of Object.entries(report.scores)) {
    expect([key, s.precision, s.recall, s.f1]).toEqual([key, 1, 1, 1]);
  }
  for (const [key, a] of Object.entries(report.accuracy)) expect([key, a.accuracy]).toEqual([key, 1]);
}

describe("evaluateAnnotations on the hand-made article", () => {
  it("scores the gold against itself 1.0 everywhere, with every item counted", () => {
    const report = evaluateAnnotations(gold, gold);
    expectPerfect(report);
    expect(report.scores.entities.tp).toBe(G.entities);
    expect(report.scores.relations.tp).toBe(G.relations);
    expect(report.scores.causal.tp).toBe(G.causal);
    expect(report.scores.dateValues.tp).toBe(G.dates);
    expect(report.scores.figures.tp).toBe(G.figures);
    expect(report.matchedBy).toEqual({ id: G.entities, name: 0, "similar-name": 0, evidence: 0 });
  });

  it("accepts a drafted annotation (drafted marks, confidences) as the draft", () => {
    const report = evaluate((spec) => {
      for (const e of spec.entities) Object.assign(e, { drafted: true, confidence: 0.7 });
      for (const r of spec.relations ?? []) Object.assign(r, { drafted: true, confidence: 0.6 });
    });
    expectPerfect(report);
  });

  it("follows entity matches into relations when the draft uses other ids", () => {
    const report = evaluate((spec) => {
      entity(spec, "export-curbs").id = "japan-curbs";
      for (const r of spec.relations ?? []) {
        if (r.from === "export-curbs") r.from = "japan-curbs";
        if (r.to === "export-curbs") r.to = "japan-curbs";
      }
    });
    expectPerfect(report);
    expect(report.matchedBy).toEqual({ id: G.entities - 1, name: 1, "similar-name": 0, evidence: 0 });
  });

  it("a relation with swapped direction is a miss, typed or not", () => {
    const report = evaluate((spec) => {
      const r = relation(spec, "ruling-2018", "causes", "export-curbs");
      [r.from, r.to] = [r.to, r.from];
    });
    expect(report.scores.relations).toEqual(score(G.relations - 1, 1, 1));
    expect(report.scores.relationsUntyped).toEqual(score(G.relations - 1, 1, 1));
    expect(report.scores.causal).toEqual(score(G.causal - 1, 1, 1));
    expect(report.details.relations.spurious).toEqual([{ from: "export-curbs", rel: "causes", to: "ruling-2018" }]);
    expect(report.details.relations.missed).toEqual([{ from: "ruling-2018", rel: "causes", to: "export-curbs" }]);
  });

  it("a relation of the wrong type counts for untyped and any-causal-type only", () => {
    const report = evaluate((spec) => {
      relation(spec, "ruling-2018", "causes", "export-curbs").rel = "enables";
    });
    expect(report.scores.relations).toEqual(score(G.relations - 1, 1, 1));
    expect(report.scores.relationsUntyped).toEqual(score(G.relations, 0, 0));
    expect(report.scores.causal).toEqual(score(G.causal - 1, 1, 1));
    expect(report.scores.causalUntyped).toEqual(score(G.causal, 0, 0));
  });

  it("a causal link turned into a non-causal one leaves the causal scores and costs causal recall", () => {
    const report = evaluate((spec) => {
      relation(spec, "export-curbs", "causes", "korea-retaliation").rel = "before";
    });
    expect(report.scores.causal).toEqual(score(G.causal - 1, 0, 1));
    expect(report.scores.causalUntyped).toEqual(score(G.causal - 1, 0, 1));
  });

  it("'causal stated' counts only the links the gold states (confidence 1) in its recall", () => {
    const goldWithImplied = goldSpec();
    const implied = relation(goldWithImplied, "export-curbs", "causes", "korea-retaliation");
    Object.assign(implied, { confidence: 0.8, note: "implied by 'retaliated'" });
    const goldImplied = modelOf(goldWithImplied);
    const stated = goldImplied.edges.filter((e) => RELATIONS[e.attributes.relation].category === "causal" && (e.attributes.confidence ?? 1) >= 1).length;
    expect(stated).toBe(G.causal - 1);
    // The draft misses the implied link: causal recall drops, stated recall does not.
    const missing = goldSpec();
    missing.relations = (missing.relations ?? []).filter((r) => !(r.from === "export-curbs" && r.rel === "causes" && r.to === "korea-retaliation"));
    const report = evaluateAnnotations(modelOf(missing), goldImplied);
    expect(report.scores.causal).toEqual(score(G.causal - 1, 0, 1));
    expect(report.scores.causalStated).toEqual(score(stated, 0, 0));
    // The draft has it: a match to an implied link is neither a hit nor a false one.
    expect(evaluateAnnotations(gold, goldImplied).scores.causalStated).toEqual(score(stated, 0, 0));
    // A stated link missed costs stated recall; a link that matches nothing costs its precision.
    const wrong = goldSpec();
    relation(wrong, "ruling-2018", "causes", "export-curbs").rel = "prevents";
    expect(evaluateAnnotations(modelOf(wrong), goldImplied).scores.causalStated).toEqual(score(stated - 1, 1, 1));
  });

  it("a relation between unmatched entities, and a duplicate, are false positives", () => {
    const report = evaluate((spec) => {
      spec.entities.push({ id: "japanese-firms", kind: "Organization", label: "Japanese firms", evidence: ["Japanese firms"] });
      spec.relations?.push({ from: "ruling-2018", rel: "concerns", to: "japanese-firms", evidence: ["ordered Japanese firms"] });
      spec.relations?.push({ ...relation(spec, "export-curbs", "issuedBy", "japan") });
    });
    expect(report.scores.entities).toEqual(score(G.entities, 1, 0));
    expect(report.scores.relations).toEqual(score(G.relations, 2, 0));
  });

  it("deleting an entity costs its relations, its date and its figures, and nothing else", () => {
    const report = evaluate((spec) => {
      spec.entities = spec.entities.filter((e) => e.id !== "chip-cluster");
      spec.relations = (spec.relations ?? []).filter((r) => r.from !== "chip-cluster" && r.to !== "chip-cluster");
    });
    expect(report.scores.entities).toEqual(score(G.entities - 1, 0, 1));
    expect(report.scores.relations).toEqual(score(G.relations - 2, 0, 2));
    expect(report.scores.dateValues).toEqual(score(G.dates - 1, 0, 1));
    expect(report.scores.figures).toEqual(score(G.figures - 1, 0, 1));
    expect(report.details.entities.missed).toEqual(["chip-cluster"]);
  });
});

describe("dates", () => {
  it("a wrong bound: 'by 2030' written as plain 2030 differs in value and in bounds", () => {
    const report = evaluate((spec) => {
      entity(spec, "chip-cluster").date = { text: "by 2030", value: "2030" };
    });
    expect(report.scores.dateValues).toEqual(score(G.dates - 1, 1, 1));
    expect(report.scores.dateBounds).toEqual(score(G.dates - 1, 1, 1));
    expect(report.details.dates.pairs.find((p) => p.gold.entity === "chip-cluster")).toMatchObject({ value: false, bounds: false });
    expect(report.accuracy.dateValue).toEqual({ correct: G.dates - 1, total: G.dates, accuracy: (G.dates - 1) / G.dates });
  });

  it("a wrong qualifier: early 2018 for late 2018", () => {
    const report = evaluate((spec) => {
      entity(spec, "ruling-2018").date = { text: "in late 2018", value: "2018", qualifier: "early" };
    });
    expect(report.scores.dateValues.fp).toBe(1);
    expect(report.scores.dateBounds.fp).toBe(1);
  });

  it("another qualifier with the same bounds: the value differs, the bounds agree", () => {
    const report = evaluate((spec) => {
      entity(spec, "export-curbs").date = { text: "on Monday", value: "2019-07-01", qualifier: "around" };
    });
    expect(report.scores.dateValues).toEqual(score(G.dates - 1, 1, 1));
    expect(report.scores.dateBounds).toEqual(score(G.dates, 0, 0));
  });

  it("a missing date is a false negative; a date on an unmatched entity a false positive", () => {
    const report = evaluate((spec) => {
      delete entity(spec, "export-curbs").date;
      spec.entities.push({ id: "talks", kind: "Event", label: "Talks", modality: "happened", date: { text: "Monday", value: "2019-07-01" }, evidence: ["talks"] });
    });
    expect(report.scores.dateValues).toEqual(score(G.dates - 1, 1, 1));
    expect(report.details.dates.missed.map((d) => d.entity)).toEqual(["export-curbs"]);
    expect(report.details.dates.spurious.map((d) => d.entity)).toEqual(["talks"]);
    // Only dates on both sides are compared for normalisation: the remaining ones are all right.
    expect(report.accuracy.dateValue).toEqual({ correct: G.dates - 1, total: G.dates - 1, accuracy: 1 });
  });

  it("a date on an entity of another kind group than gold's does not count", () => {
    const report = evaluate((spec) => {
      Object.assign(entity(spec, "export-curbs"), { id: "curbs-as-product", kind: "Product" });
      spec.relations = (spec.relations ?? []).filter((r) => r.from !== "export-curbs" && r.to !== "export-curbs");
    });
    expect(report.scores.dateValues).toEqual(score(G.dates - 1, 1, 1));
  });
});

describe("figures", () => {
  it("a wrong unit is aligned by its words but not correct", () => {
    const report = evaluate((spec) => {
      entity(spec, "chip-cluster").figures![0]!.unit = "USD";
    });
    expect(report.scores.figures).toEqual(score(G.figures - 1, 1, 1));
    expect(report.details.figures.pairs.find((p) => p.gold.entity === "chip-cluster")).toMatchObject({ by: "text", correct: false });
    expect(report.accuracy.figureValue).toEqual({ correct: G.figures - 1, total: G.figures, accuracy: (G.figures - 1) / G.figures });
  });

  it("a wrong comparator is not correct: 'more than 5 trillion' is not exactly 5 trillion", () => {
    const report = evaluate((spec) => {
      Object.assign(entity(spec, "chip-cluster").figures![0]!, { text: "5 trillion won", comparator: "exactly" });
    });
    expect(report.scores.figures).toEqual(score(G.figures - 1, 1, 1));
  });

  it("a wrong value is not correct", () => {
    const report = evaluate((spec) => {
      entity(spec, "chip-materials").figures![0]!.value = 30;
    });
    expect(report.scores.figures).toEqual(score(G.figures - 1, 1, 1));
  });

  it("aligns by value and unit on matched entities when the words do not overlap", () => {
    const report = evaluate((spec) => {
      Object.assign(entity(spec, "chip-cluster").figures![0]!, { text: "5 trillion won", evidence: ["The government will spend"], comparator: "moreThan" });
    });
    expect(report.scores.figures).toEqual(score(G.figures, 0, 0));
    expect(report.details.figures.pairs.find((p) => p.gold.entity === "chip-cluster")).toMatchObject({ by: "value", correct: true });
  });

  it("the same value on an unmatched entity with other words is not aligned", () => {
    const report = evaluate((spec) => {
      const figure = entity(spec, "chip-cluster").figures!.pop()!;
      spec.entities.push({ id: "budget", kind: "Plan", label: "Budget", modality: "planned", evidence: ["The government will spend"], figures: [{ ...figure, evidence: ["The government will spend"] }] });
    });
    expect(report.scores.figures).toEqual(score(G.figures - 1, 1, 1));
    expect(report.accuracy.figureValue).toEqual({ correct: G.figures - 1, total: G.figures - 1, accuracy: 1 });
  });

  it("a figure on another node but on the same words is aligned and correct (attachment is in the details)", () => {
    const report = evaluate((spec) => {
      const figure = entity(spec, "chip-cluster").figures!.pop()!;
      entity(spec, "korean-government").figures = [figure];
    });
    expect(report.scores.figures).toEqual(score(G.figures, 0, 0));
    expect(report.details.figures.pairs.find((p) => p.gold.entity === "chip-cluster")?.draft.entity).toBe("korean-government");
  });
});

describe("modality and kind on matched items", () => {
  it("counts a wrong entity modality, and the relations that take it by default", () => {
    const report = evaluate((spec) => {
      entity(spec, "export-curbs").modality = "planned";
    });
    const fromCurbs = gold.edges.filter((e) => e.source === "export-curbs" && e.attributes.modality === "happened");
    // Every relation from the curbs without a modality of its own now defaults to planned.
    const explicit = goldSpec().relations!.filter((r) => r.from === "export-curbs" && r.modality).length;
    const withEntities = gold.nodes.filter((n) => n.attributes.modality).length;
    expect(report.accuracy.entityModality).toEqual({ correct: withEntities - 1, total: withEntities, accuracy: (withEntities - 1) / withEntities });
    expect(report.accuracy.relationModality.correct).toBe(G.relations - (fromCurbs.length - explicit));
    expect(report.accuracy.modality.total).toBe(withEntities + G.relations);
    expect(report.details.modality).toContainEqual({ item: "entity", draft: "export-curbs", gold: "export-curbs", draftModality: "planned", goldModality: "happened" });
  });

  it("counts a missing modality on a node whose gold has one", () => {
    const report = evaluate((spec) => {
      delete entity(spec, "chip-cluster").modality;
    });
    expect(report.accuracy.entityModality.correct).toBe(report.accuracy.entityModality.total - 1);
    expect(report.details.modality).toContainEqual(expect.objectContaining({ draft: "chip-cluster", draftModality: null, goldModality: "planned" }));
  });

  it("reports a kind inside the right group as matched but wrong in kind", () => {
    const report = evaluate((spec) => {
      entity(spec, "korean-government").kind = "Organization";
    });
    expect(report.scores.entities).toEqual(score(G.entities, 0, 0));
    expect(report.accuracy.kind).toEqual({ correct: G.entities - 1, total: G.entities, accuracy: (G.entities - 1) / G.entities });
    expect(report.details.kinds).toEqual([{ draft: "korean-government", gold: "korean-government", draftKind: "Organization", goldKind: "GovernmentOrganization" }]);
  });
});

describe("inputs", () => {
  it("refuses two annotations of different texts", () => {
    const other = modelOf(goldSpec(), `${FIXTURE_TEXT}\nOne more sentence.\n`);
    expect(() => evaluateAnnotations(other, gold)).toThrow(UsageKgError);
  });

  it("gives the same report for the same input, byte for byte", () => {
    const spec = goldSpec();
    spec.entities.reverse();
    const draft = modelOf(spec);
    expect(JSON.stringify(evaluateAnnotations(draft, gold))).toBe(JSON.stringify(evaluateAnnotations(modelOf(spec), goldModel())));
  });
});

describe("the seed", async () => {
  const [seed] = (await loadSeedModels()) as [ArticleModel];
  const edges = seed.edges.length;
  const causalCount = seed.edges.filter((e) => RELATIONS[e.attributes.relation].category === "causal").length;

  it("scores its gold against itself 1.0 everywhere", () => {
    const report = evaluateAnnotations(seed, seed);
    expectPerfect(report);
    expect(report.scores.entities.tp).toBe(seed.nodes.length);
    expect(report.scores.relations.tp).toBe(edges);
  });

  it("a copy with one entity deleted (and its relations) lowers recall by exactly that much", () => {
    const id = "japan-export-curbs-2019";
    const touching = seed.edges.filter((e) => e.source === id || e.target === id);
    const causalTouching = touching.filter((e) => RELATIONS[e.attributes.relation].category === "causal").length;
    const copy: ArticleModel = { ...seed, nodes: seed.nodes.filter((n) => n.id !== id), edges: seed.edges.filter((e) => !touching.includes(e)) };
    const report = evaluateAnnotations(copy, seed);
    expect(report.scores.entities).toEqual(score(seed.nodes.length - 1, 0, 1));
    expect(report.scores.entities.recall).toBe((seed.nodes.length - 1) / seed.nodes.length);
    expect(report.scores.relations).toEqual(score(edges - touching.length, 0, touching.length));
    expect(report.scores.causal).toEqual(score(causalCount - causalTouching, 0, causalTouching));
    expect(causalTouching).toBeGreaterThan(0);
    expect(report.scores.dateValues.fn).toBe(1);
  });

  it("a copy with one relation deleted lowers relation and causal recall by one", () => {
    const i = seed.edges.findIndex((e) => e.attributes.relation === "causes");
    const copy: ArticleModel = { ...seed, edges: seed.edges.filter((_, j) => j !== i) };
    const report = evaluateAnnotations(copy, seed);
    expect(report.scores.entities).toEqual(score(seed.nodes.length, 0, 0));
    expect(report.scores.relations).toEqual(score(edges - 1, 0, 1));
    expect(report.scores.relations.recall).toBe((edges - 1) / edges);
    expect(report.scores.causal).toEqual(score(causalCount - 1, 0, 1));
  });
});
