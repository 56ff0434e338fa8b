// Runs the real `kg` binary (node bin/kg.js) in a child process, as a user would.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const KG_BIN = resolve("bin/kg.js");

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runKg(args: string[], options: { cwd?: string } = {}): Promise<KgRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], { cwd: options.cwd ?? process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
