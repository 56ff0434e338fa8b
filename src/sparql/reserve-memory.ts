// oxigraph's WebAssembly memory grows a few pages at a time during a large load, and V8 answers each growth
// with a full GC that frees nothing: 337 of them in a fresh process loading 250k quads, each the dearer the
// larger the JavaScript heap (issue 12: beside a large graph a 250k-quad load took minutes).
// WebAssembly memory never shrinks and oxigraph's allocator reuses what is freed, so one large allocation
// up front — a scratch store loading one comment line of the wanted size, then dropped — grows the memory
// in one step, and the real load then runs inside it. oxigraph does not export its Memory, so this is the
// way in. The scratch text is a comment: the scratch store holds no quad and nothing leaks into the real one.
import type { OxigraphModule } from "./oxigraph-engine.ts";

/** Inputs below this load fast anyway: no reservation (a tiny input must not reserve memory). */
export const RESERVE_FROM_BYTES = 4 << 20;
/**
 * WebAssembly memory a load ends up using: the input's copy plus about this much per quad (line). Measured in
 * fresh processes (bench/store-worker.ts, scratch sweeps), 250k quads: with 216-byte lines (generated
 * articles, 54 MB) 3x the input sufficed (4 major GCs during the load, 337 without a reservation), with
 * 160-byte lines 4x; both are the input plus 400-450 bytes a quad. Sized by bytes alone (the former 16x) the
 * reservation cost more than it saved: it takes about 6 ns a byte (the scratch copy), and 16x of 54 MB made
 * the load 2.3x slower than none and raised peak RSS from 0.33 to 1.8 GB.
 */
export const RESERVE_BYTES_PER_QUAD = 640;
/** Lines assumed per input byte when the caller does not count them (short lines: errs on the large side). */
const LINES_PER_BYTE_GUESS = 1 / 64;
/** wasm32 memory stops at 4 GiB; stay well under it. */
export const RESERVE_MAX_BYTES = 2 ** 31;

/** Instances already grown, and by how much: a second load in the same instance reuses the memory. */
const reserved = new WeakMap<object, number>();

/** Lines (quads, for N-Quads) in the input, counted without copying it. */
export function countLines(input: string | Uint8Array): number {
  let lines = 0;
  if (typeof input === "string") for (let i = input.indexOf("\n"); i !== -1; i = input.indexOf("\n", i + 1)) lines++;
  else for (let i = input.indexOf(10); i !== -1; i = input.indexOf(10, i + 1)) lines++;
  return lines;
}

/**
 * Grows the instance's memory once for a load of `inputBytes` holding `lines` quads; returns the bytes
 * reserved (0 when none).
 */
export function reserveMemory(engine: OxigraphModule, inputBytes: number, lines = Math.ceil(inputBytes * LINES_PER_BYTE_GUESS)): number {
  if (inputBytes < RESERVE_FROM_BYTES) return 0;
  const want = Math.min(RESERVE_MAX_BYTES, inputBytes + lines * RESERVE_BYTES_PER_QUAD);
  if ((reserved.get(engine.Store) ?? 0) >= want) return 0;
  const scratch = new engine.Store();
  const text = new Uint8Array(want).fill(0x23); // "#": one comment line
  try {
    scratch.load(text, { format: "application/n-quads", no_transaction: true });
  } finally {
    (scratch as unknown as { free?: () => void }).free?.();
  }
  reserved.set(engine.Store, want);
  return want;
}
