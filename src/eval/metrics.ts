/** Counts of one field: matched (tp), predicted but not in the gold (fp), in the gold but not predicted (fn). */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Counts with precision, recall and F1; a ratio is `null` when its denominator is 0. */
export interface Score extends Counts {
  precision: number | null
  recall: number | null
  f1: number | null
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }
}

/**
 * Precision, recall and F1 from counts. With nothing predicted and nothing in the gold all three
 * are null (nothing to score), not 1 or 0.
 *
 * @example
 * score({ tp: 8, fp: 2, fn: 0 }) // { …, precision: 0.8, recall: 1, f1: 0.888… }
 */
export function score(c: Counts): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : null
  const f1 = c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : null
  return { ...c, precision, recall, f1 }
}
