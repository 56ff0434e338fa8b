// The explorer's own settings, in one place with their defaults and their validation (as sigma
// keeps its settings): the thresholds that decide how much is drawn and listed. A bad value fails
// at start-up with the setting's name and what was expected, not later as an odd view.

export interface ExplorerSettings {
  /**
   * Graphs with more nodes than this mark their landmarks (root causes, main subjects) with the `landmark`
   * state, drawn darker. Which labels show at all is the label placement's (maxLabels, label-placer.ts).
   */
  alwaysLabelNodesUpTo: number;
  /** Graphs with at most this many claims get edge labels and edge picking (costly on big graphs). */
  edgeDetailUpTo: number;
  /** Suggestions shown by the search box. */
  searchLimit: number;
  /** Longest path (in claims) the paths panel looks for (as `kg path --all --max-length`; the number of
   *  simple paths grows exponentially with it), and how many paths it shows. */
  pathMaxDepth: number;
  pathLimit: number;
  /** Rows per table in the list view. */
  listMaxRows: number;
  /** On graphs not labelled in full: root causes, and per article its most quoted nodes, labelled at rest. */
  landmarkRoots: number;
  landmarkSubjectsPerArticle: number;
  /** Graphs with at most this many nodes open whole; bigger ones open on their landmarks (at most
   *  `startNodes` of them) and grow on demand (search, expand, an article, the story). */
  openWholeUpTo: number;
  startNodes: number;
  /** A story whose chains hold at most this many nodes shows them all; a bigger one the current root's only. */
  storyWholeUpTo: number;
  /** Node labels drawn at once (placed without overlap, label-placement.ts). */
  maxLabels: number;
  /** Relation names drawn at once on followed claims (a selected hub's chain has dozens); the rest are counted as "+N more". */
  maxRelationLabels: number;
  /** With at most this many articles the article panel shows every text; with more, those the selection cites. */
  articleTextsUpTo: number;
}

export const DEFAULT_EXPLORER_SETTINGS: Readonly<ExplorerSettings> = Object.freeze({
  alwaysLabelNodesUpTo: 40,
  edgeDetailUpTo: 3000,
  searchLimit: 8,
  pathMaxDepth: 4,
  pathLimit: 8,
  listMaxRows: 2000,
  landmarkRoots: 3,
  landmarkSubjectsPerArticle: 2,
  openWholeUpTo: 500,
  startNodes: 40,
  storyWholeUpTo: 150,
  maxLabels: 60,
  maxRelationLabels: 6,
  articleTextsUpTo: 6,
});

export class ExplorerSettingsError extends Error {
  constructor(readonly setting: string, readonly value: unknown, expected: string) {
    super(`explorer setting ${setting}: expected ${expected}, got ${JSON.stringify(value)}`);
    this.name = "ExplorerSettingsError";
  }
}

const LIMITS: Record<keyof ExplorerSettings, [min: number, max: number]> = {
  alwaysLabelNodesUpTo: [0, 1e7],
  edgeDetailUpTo: [0, 1e8],
  searchLimit: [1, 100],
  pathMaxDepth: [1, 10],
  pathLimit: [1, 100],
  listMaxRows: [1, 1e6],
  landmarkRoots: [0, 100],
  landmarkSubjectsPerArticle: [0, 20],
  openWholeUpTo: [0, 1e7],
  startNodes: [1, 10000],
  storyWholeUpTo: [0, 1e7],
  maxLabels: [0, 10000],
  maxRelationLabels: [0, 10000],
  articleTextsUpTo: [0, 1e6],
};

export function validateExplorerSettings(settings: ExplorerSettings): void {
  for (const [key, [min, max]] of Object.entries(LIMITS) as Array<[keyof ExplorerSettings, [number, number]]>) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < min || value > max) throw new ExplorerSettingsError(key, value, `an integer from ${min} to ${max}`);
  }
}

/** The defaults overridden by `partial`, validated. */
export function resolveExplorerSettings(partial: Partial<ExplorerSettings> = {}): ExplorerSettings {
  for (const key of Object.keys(partial)) {
    if (!Object.hasOwn(DEFAULT_EXPLORER_SETTINGS, key)) throw new ExplorerSettingsError(key, partial[key as keyof ExplorerSettings], "a known setting");
  }
  const settings = { ...DEFAULT_EXPLORER_SETTINGS, ...partial };
  validateExplorerSettings(settings);
  return settings;
}
