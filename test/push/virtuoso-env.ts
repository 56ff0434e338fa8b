// The Virtuoso the push tests talk to. .ci/run starts one (test/setup/virtuoso.sh) and exports its URL and
// credentials; in CI (CI=true) a missing one fails every test that needs it, outside CI those tests skip
// with the reason. A test that must stop a server starts its own private one with the same script.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface Virtuoso {
  /** http://127.0.0.1:PORT */
  url: string;
  store: string;
  sparql: string;
  user: string;
  password: string;
}

export const VIRTUOSO_SCRIPT = resolve("test/setup/virtuoso.sh");
export const IN_CI = process.env.CI === "true" || process.env.CI === "1";
const MISSING = "KG_TEST_VIRTUOSO is not set: start one with  eval \"$(test/setup/virtuoso.sh start /tmp/kg-virtuoso)\"  (Debian: apt-get install virtuoso-opensource)";

function fromEnv(env: NodeJS.ProcessEnv): Virtuoso | undefined {
  const url = env.KG_TEST_VIRTUOSO;
  if (!url) return undefined;
  return {
    url,
    store: `${url}/sparql-graph-crud-auth`,
    sparql: `${url}/sparql`,
    user: env.KG_TEST_VIRTUOSO_USER ?? "kgpush",
    password: env.KG_TEST_VIRTUOSO_PASSWORD ?? "",
  };
}

/** The shared Virtuoso, or undefined outside CI when there is none (the caller skips). */
export function sharedVirtuoso(): Virtuoso | undefined {
  const found = fromEnv(process.env);
  if (!found && IN_CI) throw new Error(`${MISSING}; .ci/run must start it`);
  if (!found) console.warn(`skipping the Virtuoso push tests: ${MISSING}`);
  return found;
}

function script(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn("bash", [VIRTUOSO_SCRIPT, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done(out) : fail(new Error(`virtuoso.sh ${args[0]} exited ${code}: ${err.trim()}`))));
  });
}

export interface PrivateVirtuoso extends Virtuoso {
  dir: string;
  stop(): Promise<void>;
  /** Starts it again on the same database and ports. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

/** A Virtuoso of this test's own, which it may stop; undefined when virtuoso-t is missing outside CI. */
export async function privateVirtuoso(): Promise<PrivateVirtuoso | undefined> {
  const dir = await mkdtemp(join(tmpdir(), "kg-virtuoso-test-"));
  try {
    await script(["start", dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (IN_CI || !/not installed/.test((error as Error).message)) throw error;
    console.warn(`skipping: ${(error as Error).message}`);
    return undefined;
  }
  const env: NodeJS.ProcessEnv = {};
  for (const line of (await readFile(join(dir, "env"), "utf8")).split("\n")) {
    const m = /^export (\w+)=(.*)$/.exec(line);
    if (m) env[m[1] as string] = m[2];
  }
  const found = fromEnv(env) as Virtuoso;
  return {
    ...found,
    dir,
    stop: async () => void (await script(["stop", dir])),
    restart: async () => void (await script(["start", dir])),
    destroy: async () => void (await script(["stop", dir, "--clean"])),
  };
}
