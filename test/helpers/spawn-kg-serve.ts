// `kg serve` as a child process on a free port, for tests that talk to the real server over HTTP.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export interface ServedKg {
  /** The server's root URL, ending in "/" (the endpoint is `${base}sparql`). */
  base: string;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts `kg serve -i input --port 0 …extra` and resolves once it prints where it listens. */
export function spawnKgServe(input: string, extra: string[] = []): Promise<ServedKg> {
  const child = spawn(process.execPath, [resolve("bin/kg.js"), "serve", "-i", input, "--port", "0", ...extra], { stdio: ["ignore", "ignore", "pipe"] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  };
  return new Promise((done, fail) => {
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const match = /SPARQL endpoint at (http:\/\/\S+)sparql/.exec(stderr);
      if (match) done({ base: match[1] as string, stop });
    });
    child.on("exit", (code) => fail(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
}
