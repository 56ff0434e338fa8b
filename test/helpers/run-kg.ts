// Runs the real `kg` binary (node bin/kg.js) in a child process, as a user would, with its working folder,
// environment (kg push reads its password from a variable) and standard input under the test's control.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const KG_BIN = resolve("bin/kg.js");

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface KgRunOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's standard input, which is then closed (empty by default). */
  input?: string | Buffer;
}

export function runKg(args: string[], options: KgRunOptions = {}): Promise<KgRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    // A child that exits before reading its input closes the pipe: that is not the test's failure.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}
