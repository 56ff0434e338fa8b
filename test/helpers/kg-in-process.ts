// Runs `kg` in this process (main() of src/cli/main.ts), capturing what it writes through processIo and
// what commander writes straight to process.stdout/stderr (help, usage errors). Faster than a child
// process, and what tests of the commands' own logic need; test/helpers/run-kg.ts runs the real binary.
import { vi } from "vitest";
import { main } from "../../src/cli/main.ts";
import { processIo } from "../../src/cli/output.ts";

export interface KgInProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function kgInProcess(args: string[]): Promise<KgInProcessRun> {
  let stdout = "";
  let stderr = "";
  const saved = { stdout: processIo.stdout, stderr: processIo.stderr };
  processIo.stdout = (t) => void (stdout += t);
  processIo.stderr = (t) => void (stderr += t);
  const out = vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => ((stdout += String(t)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((stderr += String(t)), true));
  try {
    return { code: await main(["node", "kg", ...args]), stdout, stderr };
  } finally {
    Object.assign(processIo, saved);
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}
