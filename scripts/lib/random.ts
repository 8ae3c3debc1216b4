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

/**
 * A self-weighting draw of `total` rows from pools found in a parsed part of each stratum: each pool is scaled
 * to its whole stratum (all characters / parsed characters) to weigh its quota (at least `floor`), and each
 * quota is drawn uniformly from its pool — every row of a stratum has the same chance. Returns the rows and the quotas.
 */
export function drawScaled<T>(pools: T[][], allChars: number[], parsedChars: number[], total: number, floor: number, rnd: () => number): { rows: T[]; quotas: number[] } {
  const quotas = allocate(
    pools.map((pool, i) => pool.length * (allChars[i] / Math.max(1, parsedChars[i]))),
    pools.map((pool) => pool.length),
    total,
    floor,
  )
  return { rows: pools.flatMap((pool, i) => shuffle(pool, rnd).slice(0, quotas[i])), quotas }
}
