// Which draft figure is which gold figure, and whether it is right.
//   Alignment: 1. the figures' words overlap in the text (each figure's anchor is where its `text`
//   stands inside its own evidence quotes, or the quotes themselves when the text is not in them);
//   2. else the same value and unit on entities that matched each other. One to one, 1 before 2.
//   Correct: an aligned pair with the same value, unit and comparator.
// Alignment does not need the entities to have matched: the words are the same figure even when
// the draft hangs it on another node; attachment is then visible in the details.
import type { ArticleModel, Figure } from "../model/types.ts";
import { codePointLength } from "../validate/locate-quote.ts";
import { assignGreedy, type Candidate } from "./assign-greedy.ts";
import { bestJaccard, type Span } from "./span-overlap.ts";
import type { FigurePair, FigureRef } from "./types.ts";

interface Item {
  entity: string;
  figure: Figure;
  anchors: Span[];
}

/** Where the figure's own words stand: every occurrence of `text` inside its evidence quotes. */
function anchors(figure: Figure): Span[] {
  const found: Span[] = [];
  for (const evidence of figure.evidence) {
    for (let at = evidence.quote.indexOf(figure.text); at !== -1 && figure.text !== ""; at = evidence.quote.indexOf(figure.text, at + 1)) {
      const start = evidence.start + codePointLength(evidence.quote.slice(0, at));
      found.push({ start, end: start + codePointLength(figure.text) });
    }
  }
  return found.length > 0 ? found : figure.evidence.map(({ start, end }) => ({ start, end }));
}

function items(model: ArticleModel): Item[] {
  return model.nodes.flatMap((node) => node.attributes.figures.map((figure) => ({ entity: node.id, figure, anchors: anchors(figure) })));
}

function ref(item: Item): FigureRef {
  const { id, text, value, unit, comparator } = item.figure;
  return { entity: item.entity, id, text, value, unit, comparator };
}

export interface FigureMatching {
  pairs: FigurePair[];
  missed: FigureRef[];
  spurious: FigureRef[];
}

export function matchFigures(draft: ArticleModel, gold: ArticleModel, entityMap: ReadonlyMap<string, string>): FigureMatching {
  const d = items(draft);
  const g = items(gold);
  const candidates: Candidate[] = [];
  d.forEach((x, di) => {
    g.forEach((y, gi) => {
      const overlap = bestJaccard(x.anchors, y.anchors);
      if (overlap > 0) candidates.push({ draft: di, gold: gi, stage: 0, score: overlap });
      else if (entityMap.get(x.entity) === y.entity && x.figure.value === y.figure.value && x.figure.unit === y.figure.unit) {
        candidates.push({ draft: di, gold: gi, stage: 1, score: 0 });
      }
    });
  });
  const chosen = assignGreedy(candidates).sort((a, b) => a.gold - b.gold);
  const usedDraft = new Set(chosen.map((c) => c.draft));
  const usedGold = new Set(chosen.map((c) => c.gold));
  const pairs: FigurePair[] = chosen.map((c) => {
    const x = (d[c.draft] as Item).figure;
    const y = (g[c.gold] as Item).figure;
    return {
      draft: ref(d[c.draft] as Item),
      gold: ref(g[c.gold] as Item),
      by: c.stage === 0 ? "text" : "value",
      correct: x.value === y.value && x.unit === y.unit && x.comparator === y.comparator,
    };
  });
  return {
    pairs,
    missed: g.filter((_, i) => !usedGold.has(i)).map(ref),
    spurious: d.filter((_, i) => !usedDraft.has(i)).map(ref),
  };
}
