// test/helpers/run-kg.ts with extra environment variables: kg push reads its password from one.
import { spawn } from "node:child_process";
import { KG_BIN, type KgRun } from "../helpers/run-kg.ts";

export function runKgWithEnv(args: string[], env: NodeJS.ProcessEnv = {}): Promise<KgRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
