/**
 * The promulgation block a law or government rule is printed under on reposting and law sites:
 * an order or announcement heading, the sentence that publishes the text, the signer and the
 * date, then the text itself. Read as metadata of the law (its 公布 date, the 通过 / 施行 dates the
 * sentence gives, the order's number) rather than as a notice that issues a nested document.
 */
import grammar from '../../grammars/history.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import { isDateLine } from './dates.js'
import { withoutIssuerPrefix } from './history.js'
import { isIssuerLine, startsWithSignerTitle, withoutSignerColon } from './signature.js'
import { escapeRegExp } from '../text/regexp.js'

const ORDINAL = '[\\d一二三四五六七八九十百零〇]{1,6}'
const HEAD_WORD = grammar.promulgation.headings.map(escapeRegExp).join('|')
/**
 * `东莞市人民政府令第123号`, `中华人民共和国国务院令`, `…常务委员会公告`, `政府令〔2010〕第15号`, `渝府令第 121 号`;
 * the number perhaps in brackets (`…常务委员会公告(第147号)`, outside61 08), or numbered within its year as the
 * ministries number theirs (`商务部令2007年第15号`, outside97 05).
 */
const ORGAN_BEFORE = '[\\u4e00-\\u9fff（）()]{0,30}?'
// (the year in the 字号's brackets, or in square ones a law site prints for them: `省政府令[2001]第3号`, outside117 04;
// or the congress's term a 人大常委会 numbers its announcements within: `…常务委员会公告〔六届〕第14号`, outside144 01)
const YEAR = '(?:\\s*[〔\\[［]\\d{4}[〕\\]］]|\\s*\\d{4}\\s*年|\\s*[〔\\[［（(][一二三四五六七八九十]{1,3}届[〕\\]］）)])?'
const NUMBER = `\\s*第\\s*${ORDINAL}\\s*号`
const HEADING = new RegExp(`^(${ORGAN_BEFORE})(?:${HEAD_WORD})${YEAR}(?:${NUMBER}|\\s*[（(]第\\s*${ORDINAL}\\s*号[）)])?$`)
/** A numbered heading with the title it publishes after it on the same line (`商务部令2007年第15号 商业特许经营备案管理办法`; the matching copy drops the space). */
const HEADING_THEN_TITLE = new RegExp(`^(${ORGAN_BEFORE}(?:${HEAD_WORD})${YEAR}${NUMBER})\\s*(\\S.{1,80})$`)
/** The number of an order or announcement printed on a line of its own: `第227号`, `第三十七号`. */
const NUMBER_LINE = new RegExp(`^第\\s*${ORDINAL}\\s*号$`)
// (a … in a verb stands for a few words, the title quoted there taken out: `现将…公布` of `现将修订后的《…》公布`, outside199 01)
const VERB = new RegExp(grammar.promulgation.verbs.map((v) => v.split('…').map(escapeRegExp).join('[^。；]{0,20}?')).join('|'))
/** An announcement's closing formula alone on its line (grammars/history.json promulgation `closings`). */
const CLOSING = new RegExp(`^(?:${grammar.promulgation.closings.map(escapeRegExp).join('|')})[。.]?$`)
const key = (s: string) => s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '')
/** A name a publishing sentence quotes, perhaps quoting the law it implements inside it (`《…实施《森林防火条例》办法》`). */
const QUOTED_NAMES = /《((?:[^《》]|《[^《》]*》){2,150})》/g

/**
 * The title a publishing sentence quotes (`《…条例》已经…通过`): its longest quoted name — not a law named in the line
 * before it, nor the one a title of the `实施《…》办法` kind quotes inside its own (outside250 04). Index and name, or null.
 */
function quotedTitle(text: string): { index: number; name: string } | null {
  let best: { index: number; name: string } | null = null
  for (const m of text.matchAll(QUOTED_NAMES)) if (!best || m[1].length > best.name.length) best = { index: m.index, name: m[1] }
  return best
}

/** A promulgation block found under a title (indices into the lines it was found in). */
export interface Promulgation {
  /** The heading lines (`…令`, `第227号`). */
  heading: Line[]
  /** The publishing sentence, possibly wrapped over lines. */
  sentence: Line[]
  /** Signer lines (an organ, or a title and a name) and the date line. */
  signature: { issuers: Line[]; date: Line; start: number; end: number }
  /** The organ the heading names (`东莞市人民政府` of `东莞市人民政府令第123号`), or null. */
  organ: string | null
  /** The order's number as printed (`东莞市人民政府令第123号`), or null when the heading has none. */
  number: string | null
  /** Index of the first line after the block (after a repeat of the title it quotes). */
  next: number
  /** A law site's issuer line printed above the heading. */
  issuerLine?: Line
}

/**
 * A promulgation block starting at `lines[from]`: a heading ending in 令 / 公告 (its number on the
 * same or the next line), within three lines a sentence with a publishing verb that quotes a title
 * (`现予公布` …), at most three signer lines and a date line. When `title` is given, the quoted title
 * must be it (a 公告 that issues another document is a notice, not a promulgation). Null otherwise.
 *
 * @example
 * // 东莞市人民政府令第123号 / 《…办法》已经市人民政府同意，现予发布。/ 市长袁宝成 / 二〇一二年五月三十日
 * findPromulgation(lines, 0, lines.length, '东莞市重大危险源安全监督管理办法')?.organ // '东莞市人民政府'
 */
export function findPromulgation(lines: Line[], from: number, to: number, title?: string | null): Promulgation | null {
  let j = from
  // a law site's issuer line may stand above the heading (`广东省东莞市人民政府` / `…令第123号`)
  const issuerLine = lines[j] && lines[j + 1] && isIssuerLine(lines[j].text) && !HEADING.test(lines[j].text) ? lines[j++] : undefined
  const titled = lines[j] && title ? headingBeforeTitle(lines[j].text, title) : null
  const headLine = titled !== null ? { ...lines[j], end: lines[j].start + titled.length, text: lines[j].text.slice(0, titled.length) } : lines[j]
  const order = readOrderHeading(headLine, lines, j, to)
  if (!order) return null
  const block = readBlock(lines, order.next, to, title)
  if (!block) return null
  return { heading: order.heading, sentence: block.sentence, signature: block.signature, ...orderOf(order.organWords, order.heading), next: block.next, issuerLine }
}

/**
 * An order's heading printed as `headLine` (the line at `at`, or its head before a title run onto it): a line of at most
 * 40 characters ending in 令 / 公告, and the number line under it if any. Its lines, the words naming the organ and the
 * index after it; null when the line is no heading.
 */
function readOrderHeading(headLine: Line | undefined, lines: Line[], at: number, to: number): { heading: Line[]; organWords: string; next: number } | null {
  const head = headLine && headLine.text.length <= 40 ? HEADING.exec(headLine.text) : null
  if (!headLine || !head) return null
  const heading = [headLine]
  let next = at + 1
  if (next < to && NUMBER_LINE.test(lines[next].text)) heading.push(lines[next++])
  return { heading, organWords: head[1], next }
}

/** The organ a heading names (`东莞市人民政府` of `东莞市人民政府令第123号`) and the order's number as printed, each or null. */
function orderOf(printedOrgan: string, heading: Line[]): { organ: string | null; number: string | null } {
  let organ: string | null = withoutIssuerPrefix(printedOrgan)
  if (organ.length < 4 || !isIssuerLine(organ)) organ = null
  const number = /第\s*[\d一二三四五六七八九十百零〇]+\s*号/.test(heading.map((l) => l.text).join('')) ? heading.map((l) => l.text.replace(/\s+/g, '')).join('') : null
  return { organ, number }
}

/**
 * The numbered order heading a line opens with when the rest of the line is `title` (a law site prints
 * `商务部令2007年第15号 商业特许经营备案管理办法` over the publishing sentence): the heading as printed, or null.
 */
export function headingBeforeTitle(text: string, title: string): string | null {
  const m = HEADING_THEN_TITLE.exec(text)
  return m && key(m[2]) === key(title) ? m[1] : null
}

/**
 * A promulgation block that opens a page without its heading, a law site printing the publishing
 * sentence, the signer and the date, then the law's title (`《…条例》已由…通过，现予公布，自…起施行。` ⏎
 * `某省人民代表大会常务委员会` ⏎ `2025年3月26日` ⏎ `某省…条例`, outside79 02). With no heading to
 * announce it, the title printed under the block must be the one the sentence quotes; `title` is then
 * the index range of that title's lines.
 *
 * @example
 * findHeadlessPromulgation(lines, 0, lines.length)?.title // { start: 3, end: 3 }
 */
export function findHeadlessPromulgation(
  lines: Line[],
  from: number,
  to: number,
): (Promulgation & { title: { start: number; end: number } | null; quotedTitle?: { start: number; end: number; text: string } }) | null {
  // (or opening with the order's heading, no title above it: `西藏自治区人民政府令` ⏎ `第166号` ⏎ the sentence …, outside98 06;
  // the heading names the organ, as under a title)
  if (from >= to) return null
  const order = readOrderHeading(lines[from], lines, from, to)
  // (with no heading, the sentence opens the block: a 主送 is no part of it — a notice's own title and 主送 above a sentence
  // that publishes the text it issues, `…关于发布…计划的通知` ⏎ `…各相关单位:` ⏎ `《…》已经市人民政府同意，现予发布。`, are the notice's, outside241 05)
  if (!order && (ADDRESSED.test(lines[from].text) || ADDRESSED.test(lines[from + 1]?.text ?? ''))) return null
  const block = readBlock(lines, order?.next ?? from, to, null)
  if (!block) return null
  const named = order ? orderOf(order.organWords, order.heading) : { organ: null, number: null }
  const found = { heading: order?.heading ?? [], sentence: block.sentence, signature: block.signature, ...named, next: block.next }
  if (block.titleLines) return { ...found, title: block.titleLines }
  // (a newspaper printing the announcement, its heading and the law's body under it, the title only quoted in the sentence:
  // `…常务委员会公告` ⏎ `(第75号)` ⏎ `《…办法》已由…通过，现予公布…` ⏎ signer, date ⏎ `目录`, outside210 04)
  const quotedTitle = order && lines[block.next] && LAW_BODY_OPENING.test(lines[block.next].text) ? quotedTitleIn(block.sentence) : null
  return quotedTitle ? { ...found, title: null, quotedTitle } : null
}

/** A line closed by a colon and nothing after it: a 主送 (or a lead-in), never part of a publishing sentence. */
const ADDRESSED = /[：:]\s*$/

/** A line opening a law's body: its table of contents, its first chapter or article. */
const LAW_BODY_OPENING = /^(?:目\s*录|第[一二三四五六七八九十]{1,3}[章条])/

/** The title a publishing sentence quotes, where one of its lines prints it whole (its offsets and text), or null. */
function quotedTitleIn(sentence: Line[]): { start: number; end: number; text: string } | null {
  for (const line of sentence) {
    const quoted = quotedTitle(line.text)
    if (quoted) return { start: line.start + quoted.index + 1, end: line.start + quoted.index + 1 + quoted.name.length, text: quoted.name }
  }
  return null
}

/** A name quoted inside a title (`《中华人民共和国道路交通安全法》` of `海南省实施《…》办法`). */
const INNER_QUOTE = /《[^《》]*》/g

/** A line marking what follows as attached, alone: `附：`, `附件`. */
const ATTACHED_MARK = /^附(?:件)?\s*[：:]?$/

/**
 * From `lines[j]`: the publishing sentence (up to three lines, a verb and a quoted title), at most three
 * signer lines, a date line, and the quoted title printed again under them (its lines in `titleLines`).
 */
function readBlock(lines: Line[], j: number, to: number, title: string | null | undefined) {
  const sentence: Line[] = []
  let text = ''
  for (let k = j; k < Math.min(to, j + 3); k++) {
    if (sentence.length && (isDateLine(lines[k].text) || isSigner(lines[k].text))) break
    sentence.push(lines[k])
    text += lines[k].text
    if (/[。]$/.test(text)) break
  }
  const quoted = quotedTitle(text)
  if (!sentence.length || !quoted || !VERB.test(text.replace(/《[^《》]*》/g, ''))) return null
  if (title && key(title) && key(quoted.name) !== key(title)) return null
  j += sentence.length
  // (the announcement's closing formula on its own line, `特此公告。`)
  if (j < to && CLOSING.test(lines[j].text.trim())) j++
  // the signer lines and the date
  let s = j
  while (j < to && j - s < 3 && !isDateLine(lines[j].text) && isSigner(lines[j].text)) j++
  if (j >= to || !isDateLine(lines[j].text)) return null
  const date = lines[j++]
  const issuers = lines.slice(s, j - 1)
  if (!issuers.length) s = j - 1
  // (a repost may mark the law under its 公告 as attached, `附:` alone on a line, outside124 05)
  if (j < to && ATTACHED_MARK.test(lines[j].text)) j++
  // the title printed again under the block
  // (or with the law it implements quoted inside it, which the sentence leaves out, nested 《》 being awkward to print:
  // `《海南省实施办法》已由…通过` over `海南省实施《中华人民共和国道路交通安全法》办法`, outside242 02)
  const want = key(quoted.name)
  let acc = ''
  let accUnquoted = ''
  let titleLines: { start: number; end: number } | undefined
  for (let k = j; k < Math.min(to, j + 3); k++) {
    acc += key(lines[k].text)
    accUnquoted += key(lines[k].text.replace(INNER_QUOTE, ''))
    if (acc === want || accUnquoted === want) {
      titleLines = { start: j, end: k }
      j = k + 1
      break
    }
    if (!want.startsWith(acc) && !want.startsWith(accUnquoted)) break
  }
  return { sentence, signature: { issuers, date, start: lines[s].start, end: date.end }, next: j, titleLines }
}

/** A short 落款 line: an organ, or a signer's title with or without the name (`省长`, `总理李鹏`, `市长：李某`). */
function isSigner(text: string): boolean {
  const t = withoutSignerColon(text.replace(/\s+/g, ''))
  return t.length <= 30 && !/[。，；：,]/.test(t) && (isIssuerLine(t) || startsWithSignerTitle(t))
}
