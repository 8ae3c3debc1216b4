import grammar from '../../grammars/history.json' with { type: 'json' }
import sig from '../../grammars/signature.json' with { type: 'json' }
import { escapeRegExp } from '../text/regexp.js'

/** The years of a plan's period between its brackets, `2020—2022年`, `2018-2020`, `2017年—2030年`: one source for every reader of a period. */
export const PERIOD_YEARS = '\\d{4}年?\\s*[-‐‑‒–—―－~～至]\\s*\\d{4}年?'
/** A plan's period printed on a line of its own: `（2020—2022年）`, `(2018-2020)`. */
const PERIOD_LINE = new RegExp(`^[（(]?${PERIOD_YEARS}[）)]$`)
/**
 * A period with the body that drafted the plan printed after it on the same line (`(2009—2020年)省教育厅`,
 * outside44 03): the period is the title's, the name (ending in an organ suffix of grammars/signature.json) is not.
 */
const PERIOD_THEN_DRAFTER = new RegExp(
  `^([（(]${PERIOD_YEARS}[）)])\\s*[\\u4e00-\\u9fff]{1,20}(?:${[...sig.organSuffixes]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})$`,
)
/** An edition on a line of its own: `(2020年版)`, words of `grammars/history.json` `editionWords`. */
const EDITION_LINE = new RegExp(`^[（(]\\d{4}年(?:${grammar.editionWords.map(escapeRegExp).join('|')})[）)]$`)
/** An edition in brackets closing a title or heading, its year perhaps left out: `(2019年修订)`, `(2020年版)`, `(修订本)`. */
export const CLOSING_EDITION = new RegExp(`[（(](?:(?:19|20)\\d{2}年)?(?:${grammar.editionWords.map(escapeRegExp).join('|')})[）)]$`)

/** A period in brackets whose dash the scraper lost between its two years: `(20212023年)`. */
const DASHLESS_PERIOD = /([（(])((?:19|20)\d{2})((?:19|20)\d{2})(年?[）)])/g

/**
 * A title with the dash a scraper lost between its period's years put back (`…行动计划(20212023年)`, outside138 05:
 * the notice quoting it prints `(2021—2023年)`; outside107 06, seed 002's body) — the later year after the earlier.
 * @example withPeriodDash('某某行动计划(20212023年)') // '某某行动计划(2021—2023年)'
 * @example withPeriodDash('某某通知(20212020年)') // unchanged
 */
export function withPeriodDash(title: string): string {
  return title.replace(DASHLESS_PERIOD, (printed, open: string, from: string, to: string, close: string) => (Number(to) > Number(from) ? `${open}${from}—${to}${close}` : printed))
}

/**
 * The text a title's own line under it adds: a period (`（2020—2022年）`) or an edition
 * (`(2020年版)`) printed alone on the next line, where web pages and PDFs break long plan
 * titles. A period whose opening bracket the scraper lost (`2020―2022年)`) gets it back, so the
 * title reads as the notice quotes it; a drafting body printed after the period is left out. Anything else: null.
 *
 * @example periodLine('(2020年版)') // '(2020年版)'
 * @example periodLine('2020―2022年)') // '(2020―2022年)'
 * @example periodLine('(2009—2020年)省教育厅') // '(2009—2020年)'
 * @example periodLine('总体要求') // null
 */
export function periodLine(text: string): string | null {
  const t = text.trim()
  if (EDITION_LINE.test(t)) return t
  const drafted = PERIOD_THEN_DRAFTER.exec(t)
  if (drafted) return drafted[1]
  if (!PERIOD_LINE.test(t)) return null
  return /^[（(]/.test(t) ? t : (t.endsWith('）') ? '（' : '(') + t
}

/** A period opening a line whose text runs on after it (`(2021-2025年)为贯彻落实…，制定本方案。`). */
const PERIOD_OPENING = new RegExp(`^([（(]${PERIOD_YEARS}[）)])(?=[\\u4e00-\\u9fff“])`)

/**
 * The period a plan's title takes from the line under it when the page glued the preamble after it (`上海市…行动方案` ⏎
 * `(2021-2025年)为贯彻落实…，制定本方案。`, outside80 02): the period, and the rest stays the body's first line. Null
 * when the line opens otherwise.
 *
 * @example periodOpening('(2021-2025年)为贯彻落实…，制定本方案。') // '(2021-2025年)'
 * @example periodOpening('(2021-2025年)') // null (a line of its own: periodLine)
 */
export function periodOpening(text: string): string | null {
  return PERIOD_OPENING.exec(text.trim())?.[1] ?? null
}
