/**
 * The precisions of a resolved date, finest first (`Deadline.precision`, `TimeEvent.precision`).
 * A plain list without zod: the time scanner reads it at run time, and importing the zod schemas
 * for it loaded zod and every schema into each parse worker (≈ 3 MB of heap and its load time per
 * isolate) though nothing else in parse() reads them.
 */
export const PRECISIONS = ['day', 'xun', 'month', 'quarter', 'half', 'year', 'plan-period', 'none'] as const

export type Precision = (typeof PRECISIONS)[number]
