// One `kg build` (every format, layout included) in its own process, so its time and peak RSS are the build's
// alone (bench/run.ts spawns it once per run). It runs the CLI's own main() on the argv a user would type, with
// the JSON report captured instead of printed, then prints one JSON line on stdout:
//   node bin/run-ts.js bench/build-worker.ts CORPUS OUT
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main.ts";

/** Peak resident set size of this process so far, in MB (Linux reports KiB). */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Lines of a file (N-Triples: one triple a line), counted without holding it. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

const [corpus, out] = process.argv.slice(3);
if (!corpus || !out) {
  console.error("usage: node bin/run-ts.js bench/build-worker.ts CORPUS OUT");
  process.exit(2);
}

const captured: string[] = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array) => {
  captured.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
  return true;
}) as typeof process.stdout.write;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const code = await main(["node", "kg", "build", corpus, "-o", out, "--json"]);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
// CPU time (user + system) beside wall time: on a shared machine the wall clock mostly measures the others.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peak = peakRssMb();
process.stdout.write = write;
if (code !== 0) {
  console.error(`kg build exited with ${code}: ${captured.join("").slice(0, 500)}`);
  process.exit(1);
}
const built = JSON.parse(captured.join("")) as { articles: number; nodes: number; edges: number; files: Array<{ file: string; bytes: number }> };
const bytes = built.files.reduce((sum, f) => sum + f.bytes, 0);
const triples = await countLines(join(out, "graph.nt"));
process.stdout.write(`${JSON.stringify({ articles: built.articles, nodes: built.nodes, claims: built.edges, triples, bytes, seconds, cpuSeconds, peakRssMb: peak })}\n`);
