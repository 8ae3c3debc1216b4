/**
 * Amendment history (沿革) of laws: the dated events printed under a title — Taiwan's
 * `沿革：` block of numbered entries, mainland bare lines (`2018年11月30日 …会议通过`) or one
 * parenthesis (`（…通过 根据…的决定修正）`). Read as metadata, so that the events are neither
 * clauses nor deadlines.
 */
import grammar from '../../grammars/history.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import type { HistoryAction } from '../schema/document.js'
import { cnNumber } from '../text/numerals.js'
import { escapeRegExp } from '../text/regexp.js'

const byLength = (a: string, b: string) => b.length - a.length

const ERA_OFFSET = new Map(grammar.eras.map((e) => [e.prefix, e.offset]))
const ERAS = [...ERA_OFFSET.keys()].sort(byLength).map(escapeRegExp).join('|')
const NUM = '[〇○零一二三四五六七八九十百\\d]'
/** A full date: ROC (中华民国五十八年九月十八日), arabic (2018年11月30日) or digit-by-digit Chinese. */
// (a date without its era counts inside an ROC history after the words that fix an effective day —
// `並自…`, `定自…`, `條文自…` — and after an order's `…令發布 ⏎ 自…` when 施行 follows it, grammars/history.json
// `effectiveAfterOrder`, or a day back in time, `並溯自…施行`, `retroactiveFrom`: `…號令發布自…廢止` stays one repeal
// dated by the order)
const ROC_YEAR = '[一二三四五六七八九十百零〇]{2,5}'
const AFTER_ORDER = `(?<=${[...grammar.effectiveAfterOrder, ...grammar.retroactiveFrom].map(escapeRegExp).join('|')})(?=${ROC_YEAR}年${NUM}{1,3}月${NUM}{1,3}日起?施行)`
// (an entry may print its month only, `1.中華民國五十五年七月內政部會同…訂定`: the day is optional, and a date without one
// opens an event only where it opens a numbered entry; its date is then unknown, null)
const DATE = new RegExp(
  `(?:(${ERAS})(${NUM}{1,5})|(\\d{4})|([〇○零一二三四五六七八九]{4})|(?:(?<=[并並定]自|定[於于]|[条條]文自)|${AFTER_ORDER})(${ROC_YEAR}))年(${NUM}{1,3})月(?:(${NUM}{1,3})日)?`,
  'g',
)
/** The end of a numbered entry's number, right before its date (`1.`, `12、`). */
const ENTRY_NUMBER_END = /\d{1,3}\s*[.．、]$/
/** `並自公布後一年施行`: a 施行 a span after the entry's own 公布 (grammars/history.json `spanAfterPublication`). */
const SPAN_UNITS = new Map(Object.entries(grammar.spanAfterPublication.units))
const SPAN_AFTER_PUBLICATION = new RegExp(
  `(?:${grammar.spanAfterPublication.leads.map(escapeRegExp).join('|')})([一二三四五六七八九十百零〇\\d]{1,3})(${[...SPAN_UNITS.keys()].sort(byLength).map(escapeRegExp).join('|')})(?:${[...grammar.spanAfterPublication.ends].sort(byLength).map(escapeRegExp).join('|')})`,
)
const ACTION_OF = new Map<string, HistoryAction>()
const RANK = new Map<HistoryAction, number>()
grammar.actions.forEach((a, k) => {
  RANK.set(a.action as HistoryAction, k)
  for (const w of a.words) ACTION_OF.set(w, a.action as HistoryAction)
})
const ACTION_WORD = new RegExp([...ACTION_OF.keys()].sort(byLength).map(escapeRegExp).join('|'), 'g')
const NAMED_ARTICLES = new RegExp(`(?:${[...ACTION_OF.keys()].sort(byLength).map(escapeRegExp).join('|')})(?=[条條]文)`, 'g')
const CONNECTOR_TAIL = new RegExp(`(?:${grammar.connectors.map(escapeRegExp).join('|')})$`)
/** The end of an order fixing an earlier act's effective date, right before that date (`…號令定自`). */
const TRANSFER_WORD = new RegExp(grammar.authorityTransfers.words.map(escapeRegExp).join('|'))
const TRANSFER_WITH = new RegExp(grammar.authorityTransfers.with.map(escapeRegExp).join('|'))
/** A piece that moves the authority over some articles to another organ (…改由「環境部」管轄): no event. */
const movesAuthority = (piece: string) => TRANSFER_WORD.test(piece) && TRANSFER_WITH.test(piece)
const EFFECTIVE_ORDER = new RegExp(`(?:${grammar.effectiveOrders.map(escapeRegExp).join('|')})$`)
const LABEL = new RegExp(`^(?:${grammar.labels.map(escapeRegExp).join('|')})[：:]`)
const ENTRY = new RegExp(`^\\d{1,3}\\s*(?:[.．、]?\\s*(?:${ERAS}|\\d{4}年)|[.．、]\\s*$)`)
/** A numbered entry that opens with a Republic date (`1.中華民國九十年…`): a history page printed without its `沿革：` label. */
const NUMBERED_ERA = new RegExp(`^\\d{1,3}\\s*[.．、]\\s*(?:${ERAS})${NUM}{1,5}年`)
/** A law site's label before the history parenthesis under a title (`【题注】`). */
const NOTE_LABEL = new RegExp(`^【(?:${grammar.noteLabels.map(escapeRegExp).join('|')})】\\s*`)
// (a date printed in Chinese numerals opens one too: `（二〇二五年十二月一日…全体会议通过）`, outside60 10)
const BARE_START = new RegExp(`^(?:${ERAS}|(?:\\d{4}|[〇○零一二三四五六七八九]{4})年${NUM}{1,3}月${NUM}{1,3}日)`)
const ENDS_WITH_ACTION = new RegExp(`(?:${[...ACTION_OF.keys()].map(escapeRegExp).join('|')})[）)]?$`)
// `（二）字第 09471 號` continues a wrapped order number; `（二）…` elsewhere starts the body
const BODY_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)](?![\u4e00-\u9fff]{0,3}字第))/
/**
 * An article or chapter heading alone on its line (`第 1 條`, `第 一 章 總則`): the body has begun.
 * A wrapped history line may also start with 第 N 條 (`第 1 條條文`, `第 4 條第 2 項、…`), so
 * only a whole-line article heading counts.
 */
/** Words of a wrapped history line that happens to start like an item (`六、附表十六之一；删除第25条条文`). */
const HISTORY_WORDS = /条文|條文|附表|[号號]令|字第/
const ARTICLE = /^第\s*[\d一二三四五六七八九十百零〇]{1,6}(?:-\d+)?\s*(?:[条條]|[章编編节節](?:\s*(?![条條])(?![^第]*第)(?!.*名$)[\u4e00-\u9fff、\s]{1,24})?)$/

/** One event found in a history block (offsets are view offsets). */
export interface HistoryEvent {
  start: number
  end: number
  date: string | null
  action: HistoryAction
  docNumber: string | null
  /** Who made it, as read in the matching copy (`鹤壁市人民代表大会常务委员会`). */
  issuers: string[]
  /**
   * True when the event opens a numbered entry (`3.中華民國…`); false for one printed under an entry
   * (the legislature's 制定 under 國民政府令公布, an order fixing the effective date, a 行政院 notice).
   */
  opensEntry: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

function isoOf(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null
}

function dateOf(m: RegExpExecArray): string | null {
  const num = (s: string) => cnNumber(s.replace(/○/g, '〇'))
  let year: number | null
  if (m[1]) {
    const n = num(m[2])
    year = n === null ? null : n + (ERA_OFFSET.get(m[1]) ?? 0)
  } else if (m[5]) {
    // `並自九十一年五月十九日施行`: an ROC year without its era, inside an ROC history
    const n = num(m[5])
    year = n === null ? null : n + 1911
  } else year = num(m[3] ?? m[4])
  const month = num(m[6])
  const day = m[7] === undefined ? null : num(m[7])
  return year && month && day ? isoOf(year, month, day) : null
}

/** Does the date at `k` of the compact block open a numbered entry (`1.中華民國…`)? */
function opensEntryAt(compact: string, lo: number, k: number): boolean {
  return ENTRY_NUMBER_END.test(compact.slice(Math.max(lo, k - 5), k))
}

/** `iso` moved on by `count` months (a day past the month's end falls to its last day). */
function addMonths(isoDate: string, count: number): string | null {
  const [year, month, day] = isoDate.split('-').map(Number)
  const months = year * 12 + (month - 1) + count
  const last = new Date(Date.UTC(Math.floor(months / 12), (months % 12) + 1, 0)).getUTCDate()
  return isoOf(Math.floor(months / 12), (months % 12) + 1, Math.min(day, last))
}

/**
 * The 施行 an entry sets a span after its own 公布 (`…制定公布；並自公布後一年施行`), as an event: dated by
 * the entry's date and the span, placed on the words. Null when the entry prints none.
 */
function spanAfterPublication(piece: string, date: string | null): { index: number; length: number; date: string | null } | null {
  const m = SPAN_AFTER_PUBLICATION.exec(piece)
  if (!m) return null
  const count = cnNumber(m[1])
  const unit = SPAN_UNITS.get(m[2])
  return { index: m.index, length: m[0].length, date: date && count ? addMonths(date, unit === 'year' ? count * 12 : count) : null }
}

/**
 * The action of an event: the most specific action word outside quoted titles (a 修正 by
 * 《国务院关于废止和修改部分行政法规的决定》 is not a 废止).
 * @example actionOf('总统令修正公布全文10条') // '修正'
 */
export function actionOf(text: string): HistoryAction | null {
  // an action word naming articles (`發布本次修正條文自…施行`: the amended articles) is not the event's action
  const bare = text.replace(/《[^》]*》/g, '').replace(NAMED_ARTICLES, '')
  let best: HistoryAction | null = null
  ACTION_WORD.lastIndex = 0
  for (let m = ACTION_WORD.exec(bare); m; m = ACTION_WORD.exec(bare)) {
    const a = ACTION_OF.get(m[0])!
    if (best === null || RANK.get(a)! < RANK.get(best)!) best = a
  }
  return best
}

const ORGAN_PREFIX = new RegExp(`^[\\u4e00-\\u9fff]*?(?:${grammar.organs.map(escapeRegExp).join('|')})(?=[\\u4e00-\\u9fff（(])`)

const OFFICER_PREFIX = new RegExp(`^(?:${grammar.officers.map(escapeRegExp).join('|')})`)

// The word of an order's serial may carry a digit: the labour ministries number their bureaux'
// serials (`勞動部勞動條 4 字第…號`, `行政院勞工委員會勞保 2 字第…號`), 452 entries in the Taiwan records.
const SERIAL_DIGIT = '\\d{0,2}'

const SUB_ORGAN = new RegExp(`^[\\u4e00-\\u9fff]{2,}?(?:${grammar.subOrgans.endings.map(escapeRegExp).join('|')})(?=[\\u4e00-\\u9fff]+${SERIAL_DIGIT}字第)`)
/** An order's number after its organ: `台內社字第8896543號`, `勞動條4字第1130147531號` (whitespace removed). */
const SERIAL_NUMBER = new RegExp(`[\\u4e00-\\u9fff（）()]{1,16}${SERIAL_DIGIT}字第\\d+[A-Z]?[号號]`)
const NOT_WITHIN_SUB_ORGAN = new RegExp(grammar.subOrgans.notWithin.map(escapeRegExp).join('|'))

/**
 * `總統府秘書長華總人一字第…號` → `華總人一字第…號`: the organ, then an officer title, stripped from the front.
 * An organ under the first (`行政院農業委員會農人字第…號` → `農人字第…號`) goes with it: the number is the rest.
 */
function stripOrgan(s: string): string {
  const m = ORGAN_PREFIX.exec(s)
  if (m && s.length - m[0].length >= 6) {
    s = s.slice(m[0].length)
    const sub = SUB_ORGAN.exec(s)
    if (sub && !NOT_WITHIN_SUB_ORGAN.test(sub[0])) s = s.slice(sub[0].length)
  }
  const o = OFFICER_PREFIX.exec(s)
  return o && s.length - o[0].length >= 6 ? s.slice(o[0].length) : s
}

/** The number of the order that made the change: `（58）台研展字第20号`, `华总一义字第09400087551号`, `国务院令第37号`. */
function docNumberOf(text: string): string | null {
  const t = text.replace(/《[^》]*》/g, '')
  // (a serial may end in a check letter: `臺教授體部字第 1030038829A 號`)
  let m = /[（(]\d{2,3}[）)][^，,。；;、\s]{0,14}?字第\d+[A-Z]?[号號]/.exec(t)
  if (m) return m[0]
  m = SERIAL_NUMBER.exec(t)
  if (m) return stripOrgan(m[0])
  // a joint order names its organs with 、 (国务院、中央军事委员会令第759号)
  m = /(?:[\u4e00-\u9fff]{1,16}、)*[\u4e00-\u9fff]{1,16}令第\d+[号號]/.exec(t)
  return m ? m[0] : null
}

const PUBLISHED_IN_FORCE = new RegExp(`(?:${grammar.publishedInForce.map(escapeRegExp).join('|')})$`)

/**
 * The events of a history text (`text` starts at view offset `base`): one per date that stands
 * outside parentheses and quoted titles, running to the next such date. Line breaks and spaces
 * are ignored while reading (Taiwan exports wrap `修\n正` mid-word); positions stay exact.
 */
export function historyEvents(text: string, base: number): HistoryEvent[] {
  // compact copy without whitespace, with a map back to `text`
  let compact = ''
  const at: number[] = []
  for (let k = 0; k < text.length; k++) {
    if (/\s/.test(text[k])) continue
    compact += text[k]
    at.push(k)
  }
  // one parenthesis around the whole block is the block, not an aside (after a law site's
  // `【题注】` label: `【题注】 (…通过 …批准)`)
  const note = NOTE_LABEL.exec(compact)?.[0].length ?? 0
  let lo = note
  let hi = compact.length
  if (/^[（(]/.test(compact.slice(note)) && /[）)]$/.test(compact)) {
    lo = note + 1
    hi--
  }
  const starts: Array<{ k: number; m: RegExpExecArray }> = []
  let depth = 0
  let quote = 0
  DATE.lastIndex = lo
  let next = DATE.exec(compact)
  for (let k = lo; k < hi; k++) {
    while (next && next.index < k) next = DATE.exec(compact)
    if (next && next.index === k && depth === 0 && quote === 0 && next.index + next[0].length <= hi && (next[7] !== undefined || opensEntryAt(compact, lo, k))) starts.push({ k, m: next })
    const c = compact[k]
    if (c === '（' || c === '(') depth++
    else if ((c === '）' || c === ')') && depth > 0) depth--
    else if (c === '《') quote++
    else if (c === '》' && quote > 0) quote--
  }
  const out: HistoryEvent[] = []
  let pending: { s: number; docNumber: string | null } | null = null
  for (let n = 0; n < starts.length; n++) {
    const s = starts[n].k
    let e = n + 1 < starts.length ? starts[n + 1].k : hi
    // trim what belongs between events: punctuation, connectors (根据, 并自), the next entry number
    for (let prev = -1; prev !== e; ) {
      prev = e
      const piece = compact.slice(s, e)
      const tail = /(?:[，,；;。、\s]+|\d{1,3}[.．、]|[（(])$/.exec(piece) ?? CONNECTOR_TAIL.exec(piece)
      if (tail && tail.index > 0) e = s + tail.index
    }
    const piece = compact.slice(s, e)
    const action = actionOf(piece.slice(starts[n].m[0].length).replace(/[（(][^（）()]*[）)]/g, (p) => (/^[（(]\d{2,3}[）)]$/.test(p) ? '' : p.length > 12 ? '' : p)))
    const afterDate = piece.slice(starts[n].m[0].length)
    const docNumber = docNumberOf(afterDate)
    if (action && movesAuthority(afterDate)) {
      pending = null
      continue
    }
    if (!action) {
      // an order with no action word of its own that fixes when an earlier act takes effect
      // (`…號令定自八十九年七月一日起施行`): one event with the next, dated by the effective date
      // and numbered by the order; else the dateless-action piece is no event
      pending = n + 1 < starts.length && EFFECTIVE_ORDER.test(compact.slice(s, starts[n + 1].k)) ? { s, docNumber } : null
      continue
    }
    const from = pending && pending.s < s ? pending : null
    pending = null
    out.push({
      start: base + at[from ? from.s : s],
      end: base + at[e - 1] + 1,
      date: dateOf(starts[n].m),
      action,
      docNumber: from ? (from.docNumber ?? docNumber) : docNumber,
      // the organ that fixed the date did not issue the text: not an issuer of the law
      issuers: issuersOfEvent(afterDate, docNumber),
      opensEntry: opensEntryAt(compact, lo, from ? from.s : s),
    })
    // (`…公布施行`: published and in force the same day)
    const inForce = action === '公布' ? PUBLISHED_IN_FORCE.exec(piece) : null
    if (inForce)
      out.push({
        start: base + at[s + inForce.index],
        end: base + at[e - 1] + 1,
        date: dateOf(starts[n].m),
        action: '施行',
        docNumber: null,
        issuers: [],
        opensEntry: false,
      })
    const later = action === '施行' || inForce ? null : spanAfterPublication(piece, dateOf(starts[n].m))
    if (later)
      out.push({
        start: base + at[s + later.index],
        end: base + at[s + later.index + later.length - 1] + 1,
        date: later.date,
        action: '施行',
        docNumber: null,
        issuers: [],
        opensEntry: false,
      })
  }
  return out
}

/**
 * True when a line opens a numbered history entry with a Republic date (`5.中華民國一百十二年…號令`):
 * a history page printed without its label, never a title although it may end in 令.
 * @example opensNumberedHistory('1.中華民國九十年十一月十二日總統(90)華總一義字第 9000222690 號令') // true
 */
export function opensNumberedHistory(text: string): boolean {
  return NUMBERED_ERA.test(text)
}

/**
 * Lines of a history block starting at `lines[i]`, or null: a `沿革：` label with its numbered,
 * wrapped entries; or, under a title, bare event lines (a date first, an action word last) and a
 * parenthesis holding dated events.
 */
export function findHistory(lines: Line[], i: number, to: number): Line[] | null {
  if (i >= to) return null
  const first = lines[i].text
  const labelled = LABEL.test(first)
  if (labelled || (NUMBERED_ERA.test(first) && actionOf(first.replace(/^\d{1,3}\s*[.．、]/, '')) !== null) || (NUMBERED_ERA.test(first) && i + 1 < to && actionOf(lines[i + 1].text) !== null)) {
    let j = i + 1
    let depth = 0
    for (; j < to; j++) {
      const t = lines[j].text
      const open = depth > 0
      for (const c of t) {
        if (c === '（' || c === '(') depth++
        else if ((c === '）' || c === ')') && depth > 0) depth--
      }
      if (open || ENTRY.test(t)) continue
      if (labelled && j === i + 1 && !ENTRY.test(t) && first.replace(LABEL, '').trim() === '') break
      if (ARTICLE.test(t) || (BODY_START.test(t) && !HISTORY_WORDS.test(t)) || /^[\u4e00-\u9fff]{2,6}[：:]/.test(t) || /^\d{1,4}$/.test(t) || j - i > 400) break
    }
    if (depth > 0) return null
    return lines.slice(i, j)
  }
  const out: Line[] = []
  let j = i
  while (j < to && out.length < 12) {
    const t = lines[j].text
    if (/^[（(]/.test(t.replace(NOTE_LABEL, ''))) {
      // a parenthesis of dated events, possibly over a few lines
      let k = j
      let acc = t
      while (!/[）)]$/.test(acc) && k + 1 < to && k - j < 5) acc += lines[++k].text
      // (a parenthesis whose closing bracket the scraper lost, `（1992年7月25日…通过，1992年10月22日…令第18号发布`:
      // one line of dated events ending in an action word, under the title, is the parenthesis)
      if (!/[）)]$/.test(acc) && !/[）)]/.test(t) && ENDS_WITH_ACTION.test(t) && t.length <= 300 && !/。/.test(t)) {
        k = j
        acc = `${t}）`
      }
      if (!/[）)]$/.test(acc) || acc.length > 800 || /。/.test(acc)) break
      const inner = acc.replace(NOTE_LABEL, '').slice(1)
      if (!BARE_START.test(inner) || !historyEvents(acc, 0).length) break
      out.push(...lines.slice(j, k + 1))
      j = k + 1
      continue
    }
    // a dated line (its action word may have slipped to the next line: `…第1815次会议` / `通过`)
    // (a dated sentence ending in a colon leads into what follows: `2024年3月28日，X印发了《…》，现将主要内容解读如下：`)
    if (!BARE_START.test(t) || t.length > 1500 || /。(?!根据|$)/.test(t) || /[：:]$/.test(t)) break
    out.push(lines[j++])
    while (!ENDS_WITH_ACTION.test(out[out.length - 1].text.replace(/[。，,\s]*(?:根据)?$/, '')) && j < to) {
      const c = lines[j].text
      if (BARE_START.test(c) || c.length > 200 || /。/.test(c) || !(ENDS_WITH_ACTION.test(c) || /^[^（(]*[）)]$/.test(c))) break
      out.push(lines[j++])
    }
  }
  // dated lines without any event (a scrape date under the title) are no history
  if (out.length && !out.some((l) => /^[（(]/.test(l.text.replace(NOTE_LABEL, ''))) && !historyEvents(out.map((l) => l.text).join('\n'), 0).length) return null
  return out.length ? out : null
}

/** The text of a history block to read events from: without the `沿革：` label. */
export function historyBody(lines: Line[]): { start: number; end: number } | null {
  if (!lines.length) return null
  let start = lines[0].start
  const label = LABEL.exec(lines[0].text)
  if (label) start += label[0].length
  return { start, end: lines[lines.length - 1].end }
}

const ORGAN_END = new RegExp(`(?:${grammar.organs.map(escapeRegExp).join('|')})$`)
const OFFICER_END = new RegExp(`(?:${grammar.officers.map(escapeRegExp).join('|')})$`)
const DROP_PREFIX = new RegExp(`^(?:${grammar.issuer.dropPrefixes.map(escapeRegExp).join('|')})(?=[\\u4e00-\\u9fff]{2})`)
const PROVINCE_BEFORE_CITY = new RegExp(
  `^[\\u4e00-\\u9fff]{2,7}?(?:${grammar.issuer.provinceBeforeCity.provinces.map(escapeRegExp).join('|')})(?=[\\u4e00-\\u9fff]{2,9}?(?:${grammar.issuer.provinceBeforeCity.cities.map(escapeRegExp).join('|')})(?:${grammar.issuer.provinceBeforeCity.organs.map(escapeRegExp).join('|')}))`,
)
/**
 * An organ without the prefixes an issuer never carries: the state's name (`中华人民共和国国务院` → `国务院`), a
 * province before a city's organ (`陕西省西安市人民代表大会常务委员会` → `西安市人民代表大会常务委员会`).
 */
export const withoutIssuerPrefix = (organ: string): string => organ.replace(DROP_PREFIX, '').replace(PROVINCE_BEFORE_CITY, '')
/** A congress's term printed before the short or full name of its standing committee (`宁波市十五届人大常委会`). */
const TERM_BEFORE_CONGRESS = /第?[一二三四五六七八九十百零〇\d]+届(?=人大|人民代表大会)/

/**
 * An issuer named in full (grammars/history.json `issuer.shortForms`): a short form closing the name written out, and the
 * congress's term before it dropped, as a history event names the body.
 * @example writtenOutIssuer('宁波市十五届人大常委会') // '宁波市人民代表大会常务委员会'
 */
export function writtenOutIssuer(organ: string): string {
  for (const [short, full] of grammar.issuer.shortForms) if (organ.endsWith(short)) return (organ.slice(0, -short.length) + full).replace(TERM_BEFORE_CONGRESS, '')
  return organ
}

// the prefix of each organ of a list (国务院、中华人民共和国中央军事委员会): dropped before the list is
// split, since 中华人民共和国 itself holds the separator 和
const DROP_LISTED = new RegExp(`(^|[、，,])(?:${grammar.issuer.dropPrefixes.map(escapeRegExp).join('|')})(?=[\\u4e00-\\u9fff]{2})`, 'g')
// (`经…批准` names no organ; 经济部 is one)
const NOT_AN_ISSUER = new RegExp(`^(?!${grammar.issuer.organOpenings.map(escapeRegExp).join('|')})(?:${grammar.issuer.notAnIssuer.map(escapeRegExp).join('|')})`)
const ORDINAL = '[一二三四五六七八九十百零〇\\d]+'
/** `X第十一届Y第一次会议`: the congress is X + Y, without its term and session. */
const CONGRESS = new RegExp(`^(.*?)第${ORDINAL}届(.*?)第${ORDINAL}次`)
/** `国务院第16次常务会议`, `X第一次全体会议` */
const MEETING = new RegExp(`^(.*?)第${ORDINAL}次(?:常务|全体)?会议`)
// (an order without a number: `國民政府令公布`)
const ACTS = new RegExp(`^(.*?)(?:令第|[号號]令|令?(?:${[...ACTION_OF.keys()].sort(byLength).map(escapeRegExp).join('|')}))`)

/** An order numbered before 令 (`上海市人民政府第八十号令发布`, outside98 08; `海关总署第61号令发布`). */
const NUMBERED_ORDER = new RegExp(`^(.*?)第${ORDINAL}[号號]令`)

/**
 * The organ(s) that made one history event, from the text after its date (whitespace removed,
 * in the matching copy), or [] when the event names none (`根据…决定修正`).
 *
 * @example
 * issuersOfEvent('鹤壁市第十一届人民代表大会常务委员会第一次会议通过') // ['鹤壁市人民代表大会常务委员会']
 * issuersOfEvent('内政部（88）台内社字第8896543号令订定发布') // ['内政部']
 * issuersOfEvent('国务院、中央军事委员会发布') // ['国务院', '中央军事委员会']
 */
export function issuersOfEvent(afterDate: string, docNumber: string | null = null): string[] {
  const t = afterDate.replace(/\s+/g, '')
  if (NOT_AN_ISSUER.test(t)) return []
  let organ: string | undefined
  const congress = CONGRESS.exec(t)
  const meeting = congress ? null : MEETING.exec(t)
  if (congress) organ = congress[1] + congress[2]
  else if (meeting) organ = meeting[1]
  else {
    // before the order number (`内政部（88）台内社字第…`, `总统华总一义字第…`), else before 令第 / the action word
    const at = docNumber ? t.indexOf(docNumber) : -1
    // (an organ holding a bracket is a Taiwan order's year code, `交通部（83）郵政儲金匯業局第1號令`: not read so)
    const numbered = NUMBERED_ORDER.exec(t)?.[1]
    organ = at > 0 ? t.slice(0, at) : numbered && !/[（(]/.test(numbered) ? numbered : ACTS.exec(t)?.[1]
  }
  if (!organ) return []
  organ = organ
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(OFFICER_END, '')
    .replace(DROP_LISTED, '$1')
  const organs = organ
    .split(/[、，,和]/)
    .map(withoutIssuerPrefix)
    .filter((o) => o.length >= 2 && o.length <= 30 && ORGAN_END.test(o))
  return JOINT_MARK.test(t) ? [...organs, ...jointOrgans(t).filter((o) => !organs.includes(o))] : organs
}

const JOINT_MARK = new RegExp(grammar.issuer.jointOrders.marks.map(escapeRegExp).join('|'))
const NEXT_ORDER = new RegExp(`(?<=${grammar.issuer.jointOrders.orderEnds.map(escapeRegExp).join('|')})、`)

/**
 * The organs of the second and later orders of a joint (會銜) act, each printed before its own number
 * (`…號令、經濟部經綜字第11301000610號令、內政部台內建研字第…號令…會銜發布廢止` → 經濟部, 內政部 …).
 */
function jointOrgans(t: string): string[] {
  const out: string[] = []
  for (const order of t.split(NEXT_ORDER).slice(1)) {
    const number = docNumberOf(order)
    const at = number ? order.indexOf(number) : -1
    if (at <= 0) break
    const organ = withoutIssuerPrefix(order.slice(0, at).replace(OFFICER_END, ''))
    if (organ.length >= 2 && organ.length <= 30 && ORGAN_END.test(organ)) out.push(organ)
  }
  return out
}

// (a bare year is one too, `海南生态省建设规划纲要(1999)` on a law-search site, outside29 11, and a bare version word,
// `…实施办法(修正)` on 法搜网, outside73 02; so is pkulaw's year and word without 年, `西藏自治区气象条例(2006修正)`, outside153 07)
const VERSION_TAG = new RegExp(
  `(?:[（(](?:(?:19|20)\\d{2}|\\d{4}年)(?:第[一二三四五六七八九十]次)?(?:${grammar.versionWords.map(escapeRegExp).join('|')})?[）)]|[（(](?:${grammar.versionWords.map(escapeRegExp).join('|')})[）)]|[（(](?:${grammar.versionEras.map(escapeRegExp).join('|')})\\s*\\d{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:${grammar.versionWords.map(escapeRegExp).join('|')})[）)]|\\s*(?:${grammar.titleNotes.map(escapeRegExp).join('|')}))$`,
)

/**
 * The length of a law site's version tag closing a title (`(2004年修正)`, `(2002年)`, `(1999)`, ` 附:修正本`),
 * or 0: the site's label of the version it files, not part of the document's title.
 * @example versionTagLength('厦门市新型墙体材料管理规定(2002年)') // 7
 */
export function versionTagLength(title: string): number {
  return VERSION_TAG.exec(title)?.[0].length ?? 0
}
