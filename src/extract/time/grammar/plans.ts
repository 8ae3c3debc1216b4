/** Five-year plan periods: 十三五期间, “十三五”, “十四五”末, 第十三个五年规划期间, “十三五”发展规划期间. */
import type { Unit } from '../calendar.js'
import { isCnNumeral, lexicon } from '../lexicon.js'
import { readCnDigits, readCnPositional, readSmallNumber } from '../numerals.js'
import type { Expr, Point, TimeReader } from './types.js'

/** 十三五 → 13, 六五 → 6 (the plan's ordinal). */
function planNumber(name: string): number {
  const numeral = name.slice(0, -1)
  const count = readCnPositional(numeral, 0) ?? readCnDigits(numeral, 0)
  return count ? count.value : NaN
}

const planByNumber = new Map<number, [number, number]>()
for (const [name, years] of Object.entries(lexicon.raw.fiveYearPlans.plans)) planByNumber.set(planNumber(name), years as [number, number])

/** The plan named at `offset` (a name, or 第N个五年规划): its years and where the name ends. */
function readPlanName(text: string, offset: number, quoted: boolean): { years: [number, number]; end: number } | undefined {
  const named = lexicon.plans.longestAt(text, offset)
  if (named && !isCnNumeral(text[offset - 1]) && !isCnNumeral(text[offset + named[0].length])) return { years: named[1], end: offset + named[0].length }
  if (quoted || text[offset] !== lexicon.planOrdinalPrefix) return undefined
  const ordinal = readCnPositional(text, offset + 1) ?? readSmallNumber(text, offset + 1)
  const suffix = ordinal ? lexicon.planOrdinalSuffix.len(text, ordinal.end) : 0
  if (!ordinal || !suffix) return undefined
  const years = planByNumber.get(ordinal.value)
  return years ? { years, end: ordinal.end + suffix } : undefined
}

export function readPlan(text: string, offset: number): Expr | undefined {
  const quoted = lexicon.quoteOpen.has(text[offset])
  const name = readPlanName(text, quoted ? offset + 1 : offset, quoted)
  if (!name) return undefined
  let nameEnd = name.end
  if (quoted) {
    if (!lexicon.quoteClose.has(text[nameEnd])) return undefined
    nameEnd++
  }
  const afterBetween = nameEnd + lexicon.planBetween.len(text, nameEnd)
  const unit: Unit = { precision: 'plan-period', year: name.years[0], yearEnd: name.years[1] }
  const from: Point = { start: offset, end: nameEnd, unit, explicitYear: true }
  const during = lexicon.planDuring.len(text, afterBetween)
  if (during) return { rule: 'plan.five-year', kind: 'range', start: offset, end: afterBetween + during, from }
  const end = lexicon.planEnd.len(text, afterBetween)
  if (end) return { rule: 'plan.five-year', kind: 'due', edge: 'last', start: offset, end: afterBetween + end, from }
  const since = lexicon.planSince.len(text, afterBetween)
  if (since) return { rule: 'plan.five-year', kind: 'start', note: 'since', start: offset, end: afterBetween + since, from }
  const boundary = nameEnd >= text.length || lexicon.bareBoundaries.has(text[nameEnd])
  if (quoted && (boundary || lexicon.planAfterQuoted.len(text, nameEnd))) return { rule: 'plan.five-year', kind: 'range', start: offset, end: nameEnd, from }
  return undefined
}

export const plans = {
  name: 'plans',
  rules: ['plan.five-year'] as const,
  startWords: [...lexicon.quoteOpen, ...lexicon.plans.words, lexicon.planOrdinalPrefix],
  // a plan is named (十三五, quoted or not) or counted up to its suffix (第十三个五年规划)
  needs: [...lexicon.plans.words, ...lexicon.planOrdinalSuffix.words],
  open: (text) => (at) => readPlan(text, at),
} satisfies TimeReader
