/** mulberry32: a small, well-known 32-bit PRNG; enough for a reproducible draw from a fixed seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy of `xs` (Fisher–Yates), reproducible from the generator's seed. */
export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = xs.slice()
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

/** Largest-remainder allocation of `total` over weights, each stratum at least `floor` (capped by its size). */
export function allocate(weights: number[], sizes: number[], total: number, floor: number): number[] {
  const n = weights.map((_, i) => Math.min(floor, sizes[i]))
  let left = total - n.reduce((a, b) => a + b, 0)
  const sum = weights.reduce((a, b) => a + b, 0)
  const want = weights.map((w) => (w / sum) * left)
  const add = want.map(Math.floor)
  left -= add.reduce((a, b) => a + b, 0)
  const order = want.map((w, i) => [w - Math.floor(w), i]).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) if (left-- > 0) add[i]++
  return n.map((x, i) => Math.min(sizes[i], x + add[i]))
}
