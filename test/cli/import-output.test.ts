// `kg import -o DIR`: -o and --output name the folder that receives the article folder, as on every
// command; the spelling before that convention, --out, still says the same.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createProgram, loadCommands } from "../../src/cli/main.ts";
import { kgInProcess as kg } from "../helpers/kg-in-process.ts";

const root = mkdtempSync(join(tmpdir(), "kg-import-output-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PAGE = "test/fixtures/pages/harbour-times-json-ld.html";


describe("kg import -o", () => {
  it.each(["-o", "--output", "--out"])("%s DIR writes the article folder into DIR", async (flag) => {
    const out = join(root, flag.replace(/^-+/, ""));
    const run = await kg(["import", PAGE, flag, out, "--no-draft", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { folder: string; id: string };
    expect(report.folder).toBe(join(out, report.id));
    expect(readdirSync(out)).toEqual([report.id]);
    expect(readdirSync(join(out, report.id)).sort()).toEqual(["article.txt", "article.yaml"]);
  });

  it("--help shows -o, --output", async () => {
    const program = createProgram(await loadCommands(["import"]));
    const help = program.commands.find((c) => c.name() === "import")?.helpInformation();
    expect(help).toMatch(/-o, --output <dir>/);
  });
});
