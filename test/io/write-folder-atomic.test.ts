// All-or-nothing folder writes: a writer failing midway (a full disk), a serialiser that throws, a
// rename that fails during the swap: the target stays byte for byte as it was, no staging folder stays.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OutputKgError } from "../../src/errors.ts";
import { writeDurably, writeFolderAtomic, type FileWriter } from "../../src/io/write-folder-atomic.ts";

const root = mkdtempSync(join(tmpdir(), "kg-folder-atomic-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "hex")]));
}

function withOldOutput(name: string): { parent: string; out: string } {
  const parent = join(root, name);
  const out = join(parent, "out");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "graph.nt"), "old nt\n");
  writeFileSync(join(out, "graph.ttl"), "old ttl\n");
  writeFileSync(join(out, "notes.txt"), "the user's own file\n");
  return { parent, out };
}

const FILES = ["graph.nt", "graph.ttl", "graph.nq", "graph.json"];

describe("writeFolderAtomic", () => {
  it("replaces every file it writes, keeps the others, and leaves no staging folder", async () => {
    const { parent, out } = withOldOutput("ok");
    await writeFolderAtomic(out, async (folder) => {
      for (const name of FILES) await folder.write(name, `new ${name}\n`);
    });
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readdirSync(out).sort()).toEqual([...FILES, "notes.txt"].sort());
    for (const name of FILES) expect(readFileSync(join(out, name), "utf8")).toBe(`new ${name}\n`);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("the user's own file\n");
  });

  it("creates a missing target folder (and its parents)", async () => {
    const out = join(root, "fresh", "a", "out");
    await writeFolderAtomic(out, (folder) => folder.write("graph.nt", "x\n"));
    expect(readdirSync(out)).toEqual(["graph.nt"]);
    expect(readdirSync(join(root, "fresh", "a"))).toEqual(["out"]);
  });

  it("a write failing midway (ENOSPC on the third file) leaves the target as it was", async () => {
    const { parent, out } = withOldOutput("enospc");
    const before = snapshot(out);
    let count = 0;
    const fullDisk: FileWriter = async (path, content) => {
      if (++count === 3) {
        // Half a file reaches the disk, as it does when the disk fills up.
        writeFileSync(path, String(content).slice(0, 3));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      }
      await writeDurably(path, content);
    };
    await expect(writeFolderAtomic(out, async (folder) => {
      for (const name of FILES) await folder.write(name, `new ${name}\n`);
    }, { writeFile: fullDisk })).rejects.toBeInstanceOf(OutputKgError);
    expect(count).toBe(3);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("a serialiser throwing after some files were staged leaves the target as it was; the error passes through", async () => {
    const { parent, out } = withOldOutput("throws");
    const before = snapshot(out);
    const boom = new RangeError("serialiser failed");
    await expect(writeFolderAtomic(out, async (folder) => {
      await folder.write("graph.nt", "new\n");
      await folder.write("graph.ttl", "new\n");
      throw boom;
    })).rejects.toBe(boom);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("a rename failing during the swap puts back the files already replaced", async () => {
    const { parent, out } = withOldOutput("swap");
    const before = snapshot(out);
    let renames = 0;
    // The swap moves graph.nt aside, puts the new one in, moves graph.ttl aside, then fails (EXDEV, EIO…).
    const failing = (from: string, to: string) => {
      if (++renames === 4) throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" });
      renameSync(from, to);
    };
    await expect(writeFolderAtomic(out, async (folder) => {
      for (const name of FILES) await folder.write(name, `new ${name}\n`);
    }, { rename: failing })).rejects.toBeInstanceOf(OutputKgError);
    expect(renames).toBeGreaterThan(4);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("an output path that is a file is an OutputKgError, and the file is untouched", async () => {
    const file = join(root, "a-file");
    writeFileSync(file, "keep\n");
    await expect(writeFolderAtomic(file, (folder) => folder.write("graph.nt", "x"))).rejects.toBeInstanceOf(OutputKgError);
    expect(readFileSync(file, "utf8")).toBe("keep\n");
    expect(readdirSync(root).filter((n) => n.includes("staging"))).toEqual([]);
    expect(existsSync(join(root, ".a-file.staging"))).toBe(false);
  });
});
