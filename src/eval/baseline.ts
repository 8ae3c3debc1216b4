import type { Field } from './compare.js'
import type { EvalReport } from './evaluate.js'

/** The committed floor of the evaluation: overall F1 per field (null: nothing to score yet). */
export interface Baseline {
  $comment?: string
  f1: Partial<Record<Field, number | null>>
}

/** A field whose overall F1 fell below the baseline. */
export interface Regression {
  field: Field
  baseline: number
  actual: number | null
}

/**
 * The baseline a report sets: its overall F1 per field, rounded down to 4 decimals so that
 * re-running the same code always meets it.
 *
 * @example
 * baselineOf(evaluate('test/gold')).f1.roles // 0.9312
 */
export function baselineOf(report: EvalReport): Baseline {
  return {
    $comment: 'Overall F1 per field of `gongwen eval test/gold`; test/eval.test.ts fails when a field drops below it. Rewrite with `gongwen eval test/gold --write-baseline` after an improvement.',
    f1: Object.fromEntries(report.fields.map((f) => [f, floor4(report.overall[f].f1)])),
  }
}

/**
 * Fields of `report` whose overall F1 is below `baseline` (a field missing from the baseline or
 * null there is not checked; a field that had a score and now has none is a regression).
 *
 * @example
 * regressions(evaluate('test/gold'), JSON.parse(readFileSync('test/gold/baseline.json', 'utf8'))) // []
 */
export function regressions(report: EvalReport, baseline: Baseline): Regression[] {
  const out: Regression[] = []
  for (const field of report.fields) {
    const floor = baseline.f1[field]
    if (typeof floor !== 'number') continue
    const actual = report.overall[field].f1
    if (actual === null || actual < floor - 1e-9) out.push({ field, baseline: floor, actual })
  }
  return out
}

function floor4(x: number | null): number | null {
  return x === null ? null : Math.floor(x * 10_000 + 1e-9) / 10_000
}
