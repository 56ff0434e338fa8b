// YAML front end: the slow path (`yaml`'s position-keeping Document, what every file took before) against
// parseYaml (js-yaml fast path, Document only when an issue needs a line), over the article.yaml and
// annotation.yaml files of a generated corpus, in one process, alternating so both see the same machine state.
// Run: node bin/run-ts.js bench/yaml-parse.ts [ARTICLES=1000] [RUNS=3]
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCorpus } from "./generate-corpus.ts";
import { MAX_YAML_DEPTH, parseYaml, parseYamlWithPositions } from "../src/validate/parse-yaml.ts";
import { fastYaml } from "../src/validate/fast-yaml.ts";
import { printRows } from "./print-rows.ts";

export interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchYamlParse(articles = 1000, runs = 3): Promise<Row[]> {
  const work = await mkdtemp(join(tmpdir(), "kg-yaml-bench-"));
  try {
    const dirs = (await generateCorpus(work, articles)).map((id) => join(work, id));
    const texts: string[] = [];
    for (const dir of dirs) {
      for (const name of (await readdir(dir)).filter((f) => f.endsWith(".yaml")).sort()) texts.push(await readFile(join(dir, name), "utf8"));
    }
    const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
    const fallbacks = texts.filter((t) => !fastYaml(t, MAX_YAML_DEPTH)).length;
    const timeAll = (parse: (text: string, file: string) => unknown): number => {
      const start = process.hrtime.bigint();
      for (const text of texts) parse(text, "f.yaml");
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const slow: number[] = [];
    const fast: number[] = [];
    for (let i = 0; i < runs; i++) {
      slow.push(timeAll(parseYamlWithPositions));
      fast.push(timeAll(parseYaml));
    }
    const spread = (v: number[]) => `min ${Math.min(...v).toFixed(0)}, max ${Math.max(...v).toFixed(0)} ms`;
    const note = `${texts.length} files, ${megabytes.toFixed(1)} MB, median of ${runs}`;
    return [
      { name: "YAML parse, yaml Document (before)", value: median(slow), unit: "ms", note: `${note}; ${spread(slow)}` },
      { name: "YAML parse, parseYaml (fast path)", value: median(fast), unit: "ms", note: `${note}; ${spread(fast)}; ${fallbacks} files took the slow path` },
      { name: "YAML parse speed-up", value: median(slow) / median(fast), unit: "×", note: "median before / median after, same run" },
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : "";
if (entry === import.meta.url) printRows(await benchYamlParse(Number(process.argv[3] ?? 1000), Number(process.argv[4] ?? 3)));
