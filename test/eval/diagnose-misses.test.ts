import { describe, expect, it } from "vitest";
import { diagnoseMisses } from "../../src/eval/diagnose-misses.ts";
import { evaluateAnnotations } from "../../src/eval/evaluate-annotations.ts";
import { entity, goldModel, goldSpec, modelOf } from "./eval-fixture.ts";

describe("diagnoseMisses (counts behind npm run eval -- --diagnose)", () => {
  it("sorts each missed gold entity by what the draft has on its words", () => {
    const spec = goldSpec();
    // Label and extent both off: an unmatched Event on part of the retaliation's words (J 0.2–0.5).
    entity(spec, "korea-retaliation").id = "tightening";
    entity(spec, "tightening").label = "Tightening of rules";
    entity(spec, "tightening").evidence = ["its own export rules"];
    // Other kind group: the curbs-lifting words drafted as a Product.
    const lifting = entity(spec, "curbs-lifting");
    lifting.id = "lifted-thing";
    lifting.kind = "Product";
    lifting.label = "Lifted thing";
    delete lifting.modality;
    // Not detected at all.
    spec.entities = spec.entities.filter((e) => e.id !== "talks-resumption" && e.id !== "yongin" && e.id !== "supreme-court");
    entity(spec, "japan").evidence.push("a Supreme Court");
    spec.relations = (spec.relations ?? []).filter((r) => ![r.from, r.to].some((id) => ["korea-retaliation", "curbs-lifting", "talks-resumption", "yongin", "supreme-court"].includes(id)));
    const draft = modelOf(spec);
    const gold = goldModel();
    const d = diagnoseMisses(draft, gold, evaluateAnnotations(draft, gold));
    expect(d.missedEntities.happening).toEqual({ sameGroupFree: { below02: 0, from02to05: 1, atLeast05: 0 }, sameGroupTaken: 0, takenNested: 0, takenMerged: 0, otherGroup: 1, nothing: 1 });
    // Japan's draft node took the court's words as a mention, and gold Japan does not quote them: merged.
    expect(d.missedEntities.actor).toEqual({ sameGroupFree: { below02: 0, from02to05: 0, atLeast05: 0 }, sameGroupTaken: 1, takenNested: 0, takenMerged: 1, otherGroup: 0, nothing: 0 });
    // "in Yongin" lies inside the cluster's quote, and the cluster (a place) is matched: granularity.
    expect(d.missedEntities.place).toEqual({ sameGroupFree: { below02: 0, from02to05: 0, atLeast05: 0 }, sameGroupTaken: 1, takenNested: 1, takenMerged: 0, otherGroup: 0, nothing: 0 });
    expect(d.spuriousEntities.topic.otherGroup).toBe(1);
    expect(d.spuriousEntities.happening.sameGroupFree.from02to05).toBe(1);
    // The one missed entity drafted only as another group, by its gold kind and the drafted kind.
    const liftingKind = gold.nodes.find((n) => n.id === "curbs-lifting")?.attributes.kind;
    expect(d.kindConfusions).toEqual({ [`${liftingKind} → Product`]: 1 });
  });

  it("splits missed relations with both ends matched into another type, reversed, or none", () => {
    const spec = goldSpec();
    const rels = spec.relations ?? [];
    const find = (from: string, rel: string, to: string) => {
      const r = rels.find((x) => x.from === from && x.rel === rel && x.to === to);
      if (!r) throw new Error(`no ${from} ${rel} ${to}`);
      return r;
    };
    find("export-curbs", "causes", "korea-retaliation").rel = "enables"; // another type, same direction
    const order = find("ruling-2018", "before", "export-curbs"); // reversed
    order.from = "export-curbs";
    order.to = "ruling-2018";
    // none between (and the ruling's causal link out, so that only the reversed order joins those ends)
    spec.relations = rels.filter((r) => !(r.from === "chip-cluster" && r.rel === "locatedIn") && !(r.from === "ruling-2018" && r.rel === "causes"));
    const draft = modelOf(spec);
    const gold = goldModel();
    const d = diagnoseMisses(draft, gold, evaluateAnnotations(draft, gold));
    // curbs → retaliation drafted as enables; ruling → curbs has only the reversed "before" between its ends
    expect(d.missedRelations.causes).toMatchObject({ bothEnds: 2, otherTypeSameDirection: 1, reversed: 1, noneBetween: 0 });
    expect(d.missedRelations.before).toMatchObject({ bothEnds: 1, otherTypeSameDirection: 0, reversed: 1, noneBetween: 0 });
    expect(d.missedRelations.locatedIn).toMatchObject({ bothEnds: 1, noneBetween: 1, noneBetweenButSameTypeOverlaps: 0 });
    expect(d.missedRelations.issuedBy).toBeUndefined();
  });

  it("counts wrong modalities on matched items by gold and drafted modality", () => {
    const spec = goldSpec();
    const curbs = entity(spec, "export-curbs");
    const goldModality = curbs.modality;
    curbs.modality = goldModality === "planned" ? "expected" : "planned";
    const draft = modelOf(spec);
    const gold = goldModel();
    const d = diagnoseMisses(draft, gold, evaluateAnnotations(draft, gold));
    expect(d.modalityConfusions[`entity: ${goldModality} → ${curbs.modality}`]).toBe(1);
  });
});
