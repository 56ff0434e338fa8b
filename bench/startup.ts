// Start-up of the installed package's `kg`: the package packed and installed into a fresh project
// (test/package/pack-install.ts, the same steps as the installed-package test), then `kg --help` of the
// compiled bin timed beside `node -e 0` (Node's own start-up, the floor) and the checkout's tsx-based
// `node bin/kg.js --help`. Runs alternate, so a busy machine slows all three alike; medians of RUNS.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { packAndInstall } from "../test/package/pack-install.ts";
import type { Row } from "./run.ts";

const RUNS = process.env.BENCH_QUICK ? 3 : 15;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Wall-clock milliseconds of one run to exit; the run must succeed. */
function time(command: string, args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
  return ms;
}

export async function benchStartup(): Promise<Row[]> {
  const pkg = await packAndInstall();
  try {
    const node: number[] = [];
    const installed: number[] = [];
    const checkout: number[] = [];
    // One untimed round warms the file cache for all three.
    for (let i = 0; i <= RUNS; i++) {
      const n = time(process.execPath, ["-e", "0"], pkg.app);
      const k = time(pkg.bin, ["--help"], pkg.app);
      const c = time(process.execPath, [resolve("bin/kg.js"), "--help"], pkg.app);
      if (i === 0) continue;
      node.push(n);
      installed.push(k);
      checkout.push(c);
    }
    const [n, k, c] = [median(node), median(installed), median(checkout)];
    return [
      { name: "node -e 0", value: n, unit: "ms", note: `median of ${RUNS}` },
      { name: "kg --help, installed package (compiled, no tsx)", value: k, unit: "ms", note: `median of ${RUNS}` },
      { name: "ratio installed kg --help / node -e 0", value: k / n, unit: "×" },
      { name: "node bin/kg.js --help, checkout (tsx)", value: c, unit: "ms", note: `median of ${RUNS}` },
      { name: "ratio checkout / installed", value: c / k, unit: "×" },
      { name: "tarball (npm pack)", value: pkg.tarballBytes / 1024, unit: "KiB", note: `${pkg.files.length} files, ${(pkg.unpackedBytes / 1024).toFixed(0)} KiB unpacked` },
    ];
  } finally {
    pkg.cleanup();
  }
}
