// Packs the package as `npm pack` would for a release (its prepack build included) and installs the
// tarball into a fresh folder, as a user's project would. Shared by the installed-package test and the
// start-up benchmark.
//
// The pack runs in a copy of the checkout (its tracked and untracked-but-not-ignored files, the
// checkout's node_modules linked in), not in the checkout itself: prepack rebuilds dist/viz, which the
// browser tests of the checkout build and read at the same time, and a pack must not depend on what an
// earlier build left in dist/.
import { execFile } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The checkout this file is in. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface PackedFile {
  path: string;
  size: number;
}

export interface InstalledPackage {
  /** The temporary folder holding everything below; `cleanup()` removes it. */
  work: string;
  tarball: string;
  /** Size of the .tgz, as npm reports it. */
  tarballBytes: number;
  unpackedBytes: number;
  /** Every file in the tarball, relative to the package root. */
  files: PackedFile[];
  /** The consumer project: `npm init -y` + `npm install <tarball>`. */
  app: string;
  /** The installed package's folder, app/node_modules/news-kg. */
  installed: string;
  /** The `kg` bin npm linked into app/node_modules/.bin. */
  bin: string;
  cleanup(): void;
}

/**
 * The environment of a user's shell: without what the test runner and npm set for their own run.
 * vitest sets NODE_ENV=test, which changes what vite builds (and what it reports); inside `npm test`,
 * npm_* variables describe the checkout's package.json, which a nested npm must not read.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
  for (const key of Object.keys(env)) {
    if (key === "NODE_ENV" || key.startsWith("VITEST") || key.startsWith("npm_package_") || key.startsWith("npm_lifecycle_")) delete env[key];
  }
  return env;
}

/** npm run in `cwd` as a user would; fails with npm's own output. */
async function npm(args: string[], cwd: string): Promise<string> {
  const env = userEnv();
  try {
    const { stdout } = await run("npm", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm ${args.join(" ")} failed in ${cwd}: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

/** The files of the checkout as git sees them now: tracked (minus deleted) plus untracked, not ignored. */
async function checkoutFiles(): Promise<string[]> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\0").filter((path) => path && existsSync(join(REPO, path)) && !lstatSync(join(REPO, path)).isDirectory());
}

export async function packAndInstall(): Promise<InstalledPackage> {
  const work = mkdtempSync(join(tmpdir(), "kg-package-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  try {
    const copy = join(work, "checkout");
    for (const path of await checkoutFiles()) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      cpSync(join(REPO, path), join(copy, path));
    }
    symlinkSync(join(REPO, "node_modules"), join(copy, "node_modules"), "dir");

    const packs = join(work, "packs");
    mkdirSync(packs);
    // --json: npm's report is the last thing on stdout, a top-level array (prepack's own output, if
    // any, comes before it).
    const report = await npm(["pack", "--json", "--pack-destination", packs], copy);
    const [packed] = JSON.parse(report.slice(report.lastIndexOf("\n[") + 1)) as Array<{ filename: string; size: number; unpackedSize: number; files: PackedFile[] }>;
    if (!packed) throw new Error(`npm pack reported no package: ${report.slice(-500)}`);
    const tarball = join(packs, packed.filename);

    const app = join(work, "app");
    mkdirSync(app);
    await npm(["init", "-y"], app);
    await npm(["install", "--no-audit", "--no-fund", "--no-package-lock", tarball], app);
    const installed = join(app, "node_modules", "news-kg");
    return {
      work,
      tarball,
      tarballBytes: packed.size,
      unpackedBytes: packed.unpackedSize,
      files: packed.files,
      app,
      installed,
      bin: join(app, "node_modules", ".bin", "kg"),
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}
