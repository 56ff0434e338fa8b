// Deterministic initial positions. ForceAtlas2 starts from whatever x/y it finds, so a random
// start would give a different picture on every build; hashing the node key (not the insertion
// order) keeps a node's start stable even when other articles add nodes around it.

/** FNV-1a, 32 bit: small, fast and good enough to spread keys over the plane. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A point in the disc of the given radius, a pure function of `seed` and `key`. */
export function seededPosition(key: string, seed: number, radius: number): { x: number; y: number } {
  const a = fnv1a(`${seed}:${key}:a`) / 0xffffffff;
  const b = fnv1a(`${seed}:${key}:b`) / 0xffffffff;
  // sqrt keeps the density uniform over the disc instead of piling nodes at the centre.
  const r = radius * Math.sqrt(a);
  const angle = 2 * Math.PI * b;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
