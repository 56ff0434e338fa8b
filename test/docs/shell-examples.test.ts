// Every shell example in README.md and docs/*.md runs, so the docs cannot rot: each `node bin/kg.js …`
// line of a ```sh block must exit 0 (or the exit its comment shows, "(exit 1)"), and each transcript
// (a block that starts with "$ node bin/kg.js …") must print what it shows ("…" stands for anything).
// A line that is not run must be in SKIPPED with the reason; an entry there that no doc holds any more
// fails too, so the list cannot rot either.
//
// Each doc runs in a fresh folder holding a copy of data/ (imports and drafts write there) and links to
// bin/ and test/, plus the files the examples name but a checkout does not have (FIXTURES).
import { spawn } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "../helpers/seed.ts";

const ROOT = resolve(".");
const DOCS = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];

/** Lines of shell blocks that are not run, each with why. Matched exactly, continuation lines joined. */
const SKIPPED: Record<string, string> = {
  "npm ci && npm start": "installs packages and then serves until Ctrl-C",
  "npm test": "the whole test suite, which holds this test",
  "npm start": "builds the explorer and serves until Ctrl-C",
  "node bin/kg.js serve": "serves until Ctrl-C; the endpoint has its own tests in test/server",
  "curl -s http://127.0.0.1:3030/sparql --data-urlencode 'query@data/queries/most-cited-actor.rq' -H 'Accept: text/csv'": "needs a running kg serve",
  "curl -s 'http://127.0.0.1:3030/sparql' --data-urlencode 'query@data/queries/most-cited-actor.rq' -H 'Accept: text/csv'": "needs a running kg serve",
  "curl -s -X POST 'http://127.0.0.1:3030/sparql' -H 'Content-Type: application/sparql-query' -H 'Accept: application/sparql-results+json' --data-binary @data/queries/planned-measures.rq": "needs a running kg serve",
  "curl -s 'http://127.0.0.1:3030/sparql?query=DESCRIBE%20%3Chttps://example.org/news-kg/entity/gsomia%3E' -H 'Accept: text/turtle'": "needs a running kg serve",
  "curl -s https://example.com/story | node bin/kg.js import - --url https://example.com/story": "fetches a page from the internet",
  "node bin/kg.js draft data/articles/<id>": "template: <id> stands for an article id",
  "node bin/kg.js draft a/ b/ --corpus data/ --json": "template: a/ and b/ stand for article folders",
  "node bin/kg.js draft data/articles/<id> --force": "template: <id> stands for an article id",
  "node bin/kg.js eval DRAFT GOLD... [--details] [--json]": "usage synopsis, not a command",
  "mkdir -p /tmp/drafts && cp -r data/articles/X /tmp/drafts/ && rm /tmp/drafts/X/annotation.yaml": "template: X stands for an article id",
  "node bin/kg.js draft /tmp/drafts/X && node bin/kg.js eval /tmp/drafts/X data/articles/X": "template: X stands for an article id",
  "node bin/kg.js eval data/articles/X/annotation.draft.yaml data/articles/X": "template: X stands for an article id",
  "node bin/kg.js eval /tmp/drafts data/": "needs the drafts of the template lines above",
  "node bin/kg.js eval drafts/X annotator-a/X annotator-b/X": "template: X stands for an article id",
  "export VIRTUOSO_PASSWORD='the dba password'": "template: the password of a Virtuoso user",
  "node bin/kg.js push data --store http://localhost:8890/sparql-graph-crud-auth --user dba --password-env VIRTUOSO_PASSWORD": "needs a running Virtuoso; test/push runs the same push against one",
  "node bin/kg.js push data --store http://localhost:8890/sparql-graph-crud-auth --user dba --password-env VIRTUOSO_PASSWORD --prune --json": "needs a running Virtuoso; test/push runs the same push against one",
};

/** Files the examples name that a checkout does not have, made in each doc's folder. */
const FIXTURES: Record<string, (dir: string) => void> = {
  // "a saved news page": any of the test pages (not the one a README transcript imports by name).
  "page.html": (dir) => copyFileSync(join(ROOT, "test/fixtures/pages/riverside-post-og-meta.html"), join(dir, "page.html")),
  "saved-page.txt": (dir) => copyFileSync(join(ROOT, "test/fixtures/pages/joongang-saved-page.txt"), join(dir, "saved-page.txt")),
  // README's "validate broken": the seed with a misspelt quote and a misspelt id.
  broken: (dir) => {
    const broken = join(dir, "broken");
    cpSync(SEED_DIR, broken, { recursive: true });
    const file = join(broken, "annotation.yaml");
    const text = readFileSync(file, "utf8");
    const once = (t: string, from: string, to: string) => {
      if (t.split(from).length !== 2) throw new Error(`broken fixture: "${from}" is not in the seed exactly once`);
      return t.replace(from, to);
    };
    writeFileSync(file, once(once(text, "      - after Tokyo curbed exports\n", "      - after Tokio curbed exports\n"), "rel: causes, to: japan-export-curbs-2019, modality: happened,\n      evidence: [\"The move arose", "rel: causes, to: japan-export-curb-2019, modality: happened,\n      evidence: [\"The move arose"));
  },
};

interface Example {
  doc: string;
  line: number;
  command: string;
  /** A transcript's shown output; absent for a line of a sh block. */
  output?: string;
}

function examplesOf(doc: string): { run: Example[]; skipped: Example[] } {
  const lines = readFileSync(doc, "utf8").split("\n");
  const run: Example[] = [];
  const skipped: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    const body = lines.slice(start, end);
    i = end;
    const lang = fence[1] ?? "";
    if (lang === "" && body[0]?.startsWith("$ node bin/kg.js ")) {
      run.push({ doc, line: start + 1, command: body[0].slice(2), output: body.slice(1).join("\n") });
      continue;
    }
    if (!["sh", "bash", "shell"].includes(lang)) continue;
    for (let j = 0; j < body.length; j++) {
      let command = body[j]!.trim();
      const line = start + j + 1;
      while (command.endsWith("\\") && j + 1 < body.length) command = `${command.slice(0, -1).trimEnd()} ${body[++j]!.trim()}`;
      if (command === "" || command.startsWith("#")) continue;
      const bare = command.replace(/\s+#\s.*$/, "").trim();
      const example = { doc, line, command };
      if (bare in SKIPPED) skipped.push({ ...example, command: bare });
      else run.push(example);
    }
  }
  return { run, skipped };
}

const all = DOCS.map((doc) => ({ doc, ...examplesOf(doc) }));

function runShell(command: string, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn("bash", ["-c", command], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, output }));
  });
}

/** The shown output as a pattern: "…" is any text on the line; trailing blanks do not count. */
function shownPattern(shown: string): RegExp {
  const escaped = shown.trimEnd().split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\n]*");
  return new RegExp(`^${escaped}\\s*$`);
}

const work = mkdtempSync(join(tmpdir(), "kg-doc-examples-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("shell examples in the docs", () => {
  it("finds the examples (README.md has some of each kind)", () => {
    const readme = all.find((d) => d.doc === "README.md")!;
    expect(readme.run.filter((e) => e.output === undefined).length).toBeGreaterThan(3);
    expect(readme.run.filter((e) => e.output !== undefined).length).toBeGreaterThan(0);
  });

  it("every line of a shell block is run or skipped for a stated reason; every skip entry is still in a doc", () => {
    const runnable = all.flatMap((d) => d.run.filter((e) => e.output === undefined));
    const strays = runnable.filter((e) => !/^node bin\/kg\.js /.test(e.command)).map((e) => `${e.doc}:${e.line}: ${e.command}`);
    expect(strays, "shell lines that are neither `node bin/kg.js …` nor in SKIPPED").toEqual([]);
    const used = new Set(all.flatMap((d) => d.skipped.map((e) => e.command)));
    expect(Object.keys(SKIPPED).filter((c) => !used.has(c)), "SKIPPED entries no doc holds any more").toEqual([]);
  });

  for (const { doc, run } of all) {
    if (run.length === 0) continue;
    describe(doc, () => {
      const cwd = join(work, doc.replace(/[/.]/g, "-"));
      let ready = false;
      const prepare = () => {
        if (ready) return;
        mkdirSync(cwd, { recursive: true });
        cpSync(join(ROOT, "data"), join(cwd, "data"), { recursive: true });
        symlinkSync(join(ROOT, "bin"), join(cwd, "bin"));
        symlinkSync(join(ROOT, "test"), join(cwd, "test"));
        for (const make of Object.values(FIXTURES)) make(cwd);
        ready = true;
      };

      it.each(run.map((e) => [`${e.line}: ${e.command}`, e] as const))("%s", async (_name, example) => {
        prepare();
        const { code, output } = await runShell(example.command, cwd);
        if (example.output !== undefined) {
          // A transcript that shows "kg: …" shows a failure: bad input exits 1.
          expect(code, output).toBe(example.output.startsWith("kg: ") ? 1 : 0);
          expect(output.trimEnd(), `${example.doc}:${example.line} prints something else than it shows`).toMatch(shownPattern(example.output));
        } else {
          const shownExit = /\(exit (\d+)\)/.exec(example.command);
          expect(code, output).toBe(shownExit ? Number(shownExit[1]) : 0);
        }
      }, 300_000);
    });
  }
});
