// The fast path of the YAML front end: js-yaml parses the same text about 20× faster than the `yaml`
// library's position-keeping Document, so valid files are read with js-yaml and the Document is built only
// when an issue needs a line. The two libraries must then yield exactly the same value. They do on the
// plain YAML annotations are written in, once js-yaml resolves plain scalars with `yaml`'s own core-schema
// tags (below). Where they could differ, the text is handed to the slow path instead of being trusted:
//  - anything js-yaml rejects (bad indentation, duplicate keys, tabs where they are not allowed, …);
//  - constructs where the libraries' rules differ: tags, anchors and aliases (`yaml` limits alias
//    expansion; seen through js-yaml's listener, since " & " is common in news text), directives (`%YAML 1.1` switches `yaml` to 1.1 scalars), explicit `?` keys and flow
//    collections as keys (js-yaml joins them, `yaml` writes them as flow text), comments glued to a
//    quote or flow indicator, content on a `---` line, tab characters;
//  - what the value shows after the fact: keys that are not plain field names (a `null` key is "" in `yaml`
//    but "null" in js-yaml; `yaml` rejects implicit keys over 1024 characters), lone surrogates (the slow
//    path reports them with a line), a document that is empty or not a mapping;
//  - quoted scalars and flow collections spanning lines whose continuation lines are not indented past the
//    line the node starts on (js-yaml accepts `b: "x⏎  y"` at the key's indentation; `yaml` rejects it).
// Equivalence with the slow path is tested over every annotation in data/ and test/fixtures, generated
// corpora, broken variants and random mutations (test/validate/fast-yaml.test.ts).
import jsyaml from "js-yaml";
import { isScalar, parseDocument } from "yaml";

interface YamlTag {
  tag: string;
  default?: boolean | string;
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

const OWN_TAG = "tag:news-kg,2026:yaml-core-";
const KEY = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Text-level signs of a construct where js-yaml and `yaml` may disagree; any one sends the file to the slow path. */
const MAY_DIFFER = [
  /\t/, // tabs: the libraries differ on where they may separate tokens
  /\r(?!\n)/, // a line break that is a lone CR (the indentation check below looks for LF)
  /^%/m, // directives
  /(?:^|[\s,[{])\?(?:[\s]|$)/m, // explicit keys
  /[\]}][ ]*:(?:[\s]|$)/, // a flow collection as a key
  /["'\],[{}]#/, // a comment not separated by white space
  /^(?:---|\.\.\.)[ ]*[^\s]/m, // content on a document marker line
  /^\uFEFF/, // a byte-order mark: js-yaml drops it, which would shift every offset by one
];

/** `yaml`'s own implicit scalar tags (core schema, YAML 1.2) as js-yaml types, in `yaml`'s order. */
function coreSchema(): jsyaml.Schema {
  const options = {};
  const tags = (parseDocument("", { uniqueKeys: true }).schema.tags as unknown as YamlTag[]).filter((tag) => tag.default === true && tag.test);
  const types = tags.map(
    (tag, i) =>
      // Distinct names: js-yaml keeps one implicit type per tag name, and `yaml` has three int and three float forms.
      new jsyaml.Type(`${OWN_TAG}${i}`, {
        kind: "scalar",
        resolve: (data: unknown) => typeof data === "string" && tag.test!.test(data),
        construct: (data: string) => {
          const value = tag.resolve(data, () => undefined, options);
          return isScalar(value) ? value.value : value;
        },
      }),
  );
  return jsyaml.FAILSAFE_SCHEMA.extend({ implicit: types });
}

let schema: jsyaml.Schema | undefined;

/** The part of js-yaml's loader state the listener reads (@types/js-yaml leaves out tag and anchor). */
interface ListenerState {
  input: string;
  position: number;
  result: unknown;
  /** Undefined before the first node. */
  tag: string | null | undefined;
  anchor: string | null | undefined;
}

/** Offsets (into the text) of a collection's values, in key order for a mapping, item order for a list. */
type Offsets = Map<object, number[]>;

export interface FastYaml {
  value: Record<string, unknown>;
  /**
   * Offset of the node at `path`, found the way the slow path's `doc.getIn` finds it (walking up to the nearest
   * existing node), or undefined where js-yaml's offset might differ from `yaml`'s (an empty value).
   */
  offsetOf(path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * The value of `text` read by js-yaml, with the offset of every node, or undefined when the slow path must
 * decide (the text is invalid, or uses a construct where the two libraries may differ). A defined result
 * equals what `yaml`'s Document gives with no errors.
 */
export function fastYaml(text: string, maxDepth: number): FastYaml | undefined {
  for (const pattern of MAY_DIFFER) if (pattern.test(text)) return undefined;
  schema ??= coreSchema();
  let value: unknown;
  let unsafe = false;
  const offsets: Offsets = new Map();
  // One entry per open node: where its open event was, and the start offsets of its finished children.
  const opens: number[] = [];
  const children: number[][] = [[]];
  try {
    // maxDepth is js-yaml 4.3's; @types/js-yaml (4.0.9) predates it.
    value = jsyaml.load(text, {
      schema,
      maxDepth,
      listener(event, rawState) {
        const state = rawState as unknown as ListenerState;
        // Tags, anchors and aliases are seen in the state: a node's own at its close, its parent's at its open.
        if (!unsafe && (state.anchor != null || !(state.tag == null || state.tag === "?" || state.tag.startsWith(OWN_TAG)))) unsafe = true;
        if (event === "open") {
          opens.push(state.position);
          children.push([]);
          return;
        }
        const mine = children.pop()!;
        const start = nodeStart(state.input, opens.pop()!, state.position);
        children[children.length - 1]!.push(start);
        if (unsafe) return;
        if (flowNodeMisindented(state.input, start, state.position)) unsafe = true;
        const result: unknown = state.result;
        // js-yaml reads a flow collection in a block list through a nested node (looking for an implicit key
        // first); the outer node only hands the inner one's value up.
        if (result !== null && typeof result === "object" && offsets.has(result)) {
          if (mine.length !== 1) unsafe = true;
        } else if (Array.isArray(result)) {
          if (mine.length === result.length) offsets.set(result, mine);
          else unsafe = true;
        } else if (result !== null && typeof result === "object") {
          // Children alternate key, value; keys keep text order (KEY below admits no integer-like key).
          const values = mine.filter((_, i) => i % 2 === 1);
          if (mine.length === 2 * Object.keys(result).length) offsets.set(result, values);
          else unsafe = true;
        }
      },
    } as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  if (unsafe || value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  if (!plainValue(value)) return undefined;
  const root = value as Record<string, unknown>;
  const rootOffset = children[0]![0] ?? 0;
  return {
    value: root,
    offsetOf(path) {
      let node: unknown = root;
      let offset = rootOffset;
      for (const key of path) {
        if (node === null || typeof node !== "object") break;
        const values = offsets.get(node);
        if (!values) return undefined;
        let index: number;
        if (Array.isArray(node)) {
          // As yaml's YAMLSeq.get: a numeric string indexes a list too.
          const item = typeof key === "string" ? Number(key) : key;
          if (!Number.isInteger(item) || item < 0 || item >= node.length) break;
          index = item;
        } else {
          if (typeof key !== "string") break;
          index = Object.keys(node).indexOf(key);
          if (index < 0) break;
        }
        offset = values[index]!;
        node = (node as Record<string, unknown>)[key as string];
      }
      // An empty value has no text of its own; `yaml` and js-yaml place it differently.
      return node === null ? undefined : offset;
    },
  };
}

/** Where a node's own text begins: js-yaml's open event comes before the separation space and comments. */
function nodeStart(input: string, from: number, to: number): number {
  let start = from;
  while (start < to) {
    const c = input.charCodeAt(start);
    if (c === 0x20 || c === 0x0a || c === 0x0d) start++;
    else if (c === 0x23 /* # */) {
      while (start < to && input.charCodeAt(start) !== 0x0a) start++;
    } else break;
  }
  return start;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Keys are field names and no string holds a lone surrogate; walked without recursion. */
function plainValue(root: object): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (LONE_SURROGATE.test(node)) return false;
    } else if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (!KEY.test(key) || key === "null" || key === "__proto__") return false;
        stack.push(item);
      }
    }
  }
  return true;
}

/**
 * Whether the node js-yaml just read from `start` to `to` is a quoted scalar or flow collection spanning lines
 * with a continuation line not indented past the block indentation of the line it starts on.
 */
function flowNodeMisindented(input: string, start: number, to: number): boolean {
  const first = input[start];
  if (first !== '"' && first !== "'" && first !== "[" && first !== "{") return false;
  let newline = input.indexOf("\n", start);
  if (newline === -1 || newline >= to) return false;
  const lineStart = input.lastIndexOf("\n", start - 1) + 1;
  // The block indentation: leading spaces and compact "- " entries, whose content is indented past the dash.
  const lead = /^[ ]*(?:-[ ]+)*/.exec(input.slice(lineStart, start))![0].length;
  while (newline !== -1 && newline < to) {
    let i = newline + 1;
    while (input.charCodeAt(i) === 0x20) i++;
    const c = input.charCodeAt(i);
    const blank = c === 0x0a || c === 0x0d || i >= input.length;
    if (!blank && i - newline - 1 <= lead) return true;
    newline = input.indexOf("\n", newline + 1);
  }
  return false;
}
