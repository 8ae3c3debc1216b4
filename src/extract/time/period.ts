import type { Period } from '../../schema/time.js'
import { escapeRegExp } from '../../text/regexp.js'
import { lexicon } from './lexicon.js'
import { scanTime, type TimeDiagnostic } from './scan.js'

export interface PlanPeriodMatch {
  period: Omit<Period, 'position'>
  /** Offsets of the period expression in the title (end exclusive). */
  index: number
  end: number
  diagnostics: TimeDiagnostic[]
}

const PLAN_RULES = new Set(['range.years', 'repair.year-range', 'plan.five-year'])

/**
 * The span a plan covers, from its title: `创建平安广州推进方案（2013-2022年）` → 2013-01-01…
 * 2022-12-31; `（2021—2023）`; `“十四五”…规划` → 2021…2025; the corrupt `(20132022年)` is read
 * as 2013—2022 with a `time-repaired` diagnostic. The last such span in the title wins (the
 * plan's own bracket comes last). Null when the title names no multi-year span.
 *
 * @example
 * planPeriodFromTitle('创建平安广州推进方案（2013-2022年）')?.period
 * // → { start: '2013-01-01', end: '2022-12-31', raw: '2013-2022年' }
 */
export function planPeriodFromTitle(title: string): PlanPeriodMatch | null {
  const { matches, diagnostics } = scanTime(title)
  let best = [...matches].reverse().find((m) => PLAN_RULES.has(m.rule) && m.deadline.kind === 'range')
  if (!best) {
    // “十四五”数字经济发展规划: the plan name is a noun here, not followed by 期间
    const plan = scanPlanName(title)
    if (!plan) return null
    best = plan
  }
  const deadline = best.deadline
  const start = deadline.start ?? null
  const end = deadline.end ?? null
  return {
    period: { start, end, raw: deadline.raw },
    index: best.index,
    end: best.end,
    diagnostics: diagnostics.filter((x) => x.index >= best!.index && x.end <= best!.end),
  }
}

/** A five-year plan name in a title (《“十四五”智能制造发展规划》): read as its period. */
function scanPlanName(title: string) {
  // ask the grammar with a 期间 after each quoted plan name: keeps the plan table in one place
  for (let i = 0; i < title.length; i++) {
    const quote = title[i]
    if (quote !== '“' && quote !== '"' && quote !== '「') continue
    const close = title.indexOf(quote === '“' ? '”' : quote === '「' ? '」' : '"', i + 1)
    if (close < 0 || close - i > 6) continue
    const probe = `${title.slice(i, close + 1)}期间`
    const match = scanTime(probe).matches[0]
    if (match && match.rule === 'plan.five-year' && match.end === probe.length) {
      return { ...match, deadline: { ...match.deadline, raw: title.slice(i, close + 1) }, index: i, end: close + 1 }
    }
  }
  return undefined
}

const TITLE_YEAR = /(?:19|20)\d{2}(?=\s*年)/g

/**
 * The one year a title names, when it names no span (`镇2023年度创建全国文明城市工作实施方案` →
 * 2023): the year of the plan's yearless dates (stages `（1月—2月）`). Undefined for a span
 * (`（2021—2023年）`) or two years.
 *
 * @example
 * titleYearOf('2023年新余市政务公开工作要点') // → 2023
 * titleYearOf('东阳市促进残疾人就业行动实施方案（2023—2025年）') // → undefined
 */
export function titleYearOf(title: string | null | undefined): number | undefined {
  if (!title) return undefined
  const normalized = title.normalize('NFKC')
  const years = [...normalized.matchAll(TITLE_YEAR)]
  if (years.length !== 1 || planPeriodFromTitle(normalized)) return undefined
  return Number(years[0][0])
}

const PREAMBLE_YEAR = new RegExp(`(?:${lexicon.preambleYearLeads.map(escapeRegExp).join('|')})((?:19|20)\\d{2})年(?![度底前内末初中第上下\\d０-９一二三四五六七八九十])`, 'g')

/**
 * The year a dateless document's opening names as the year of what it decided to do
 * (grammars/time/lexicon.json `preambleYear`): `我镇决定于2020年创建国家卫生镇` → 2020. Undefined when
 * no opening names one, or two name different years.
 *
 * @example
 * preambleYearOf('为改善人居环境，我镇决定于2020年创建国家卫生镇。') // → 2020
 * preambleYearOf('决定于2020年3月召开动员大会') // → undefined (a day's event, not the year of the work)
 */
export function preambleYearOf(text: string): number | undefined {
  const years = new Set([...text.normalize('NFKC').matchAll(PREAMBLE_YEAR)].map((m) => Number(m[1])))
  return years.size === 1 ? [...years][0] : undefined
}
