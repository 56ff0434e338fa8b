// oxigraph's WebAssembly memory grows a few pages at a time during a large load, and while a large JavaScript
// heap exists V8 answers each growth with full GCs that free nothing (issue 12: a 250k-quad load took minutes).
// WebAssembly memory never shrinks and oxigraph's allocator reuses what is freed, so one large allocation
// up front — a scratch store loading one comment line of the wanted size, then dropped — grows the memory
// in one step, and the real load then runs inside it. oxigraph does not export its Memory, so this is the
// way in. The scratch text is a comment: the scratch store holds no quad and nothing leaks into the real one.
import type { OxigraphModule } from "./oxigraph-engine.ts";

/** Inputs below this load fast anyway: no reservation (a tiny input must not reserve memory). */
export const RESERVE_FROM_BYTES = 4 << 20;
/** Bytes of WebAssembly memory per input byte that a load ends up using (measured on generated N-Quads). */
export const RESERVE_FACTOR = 16;
/** wasm32 memory stops at 4 GiB; stay well under it. */
export const RESERVE_MAX_BYTES = 2 ** 31;

/** Instances already grown, and by how much: a second load in the same instance reuses the memory. */
const reserved = new WeakMap<object, number>();

/** Grows the instance's memory once for a load of `inputBytes`; returns the bytes reserved (0 when none). */
export function reserveMemory(engine: OxigraphModule, inputBytes: number): number {
  if (inputBytes < RESERVE_FROM_BYTES) return 0;
  const want = Math.min(RESERVE_MAX_BYTES, inputBytes * RESERVE_FACTOR);
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
