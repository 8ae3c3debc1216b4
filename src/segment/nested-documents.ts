/**
 * The documents a notice issues or forwards, held as nested segments: found by the titles its issuing
 * sentence quotes (`现将《X》印发给你们`), printed again as lines of their own, or after its 落款 —
 * attachments (`附件2` + title) and an issued text printed without its title.
 */
import genres from '../../grammars/genres.json' with { type: 'json' }
import sig from '../../grammars/signature.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import { isDateLine } from './dates.js'
import { organBesideDate } from './signature-date.js'
import { aboutAt, genreOf, genreWithin, isTitleLike, opensPurposeClause } from '../text/genre.js'
import { isKeywordLine } from './colophon.js'
import { isAttachmentHead } from './attachments.js'
import { hasIssuingVerb, isIssuerLine, isReleaseLine } from './signature.js'
import { periodLine, periodOpening } from './period.js'
import { isAddresseeLine, titleKey, titleKeyWithin, isStrongTitle, isFragmentLine, quotedNames, ONLY_QUOTE, titleStatusLine } from './title-lines.js'
import { wordAlternation } from '../text/regexp.js'
import { markerAt } from '../text/markers.js'
import { ACT_NUMBER_TITLE } from './docnumber.js'
import { siteLabelCells } from './header.js'

/** Attachments printed after the 落款: `附件` / `附件2` lines, each followed by its title. */
export function attachmentDocuments(lines: Line[], from: number, to: number): NestedTitle[] {
  const out: NestedTitle[] = []
  for (let i = from; i < to - 1; i++) {
    if (!isAttachmentHead(lines[i].text)) continue
    // a title broken over two lines whose first names no genre, or only quotes one
    // (`《政府工作报告》` / `2005年重点工作分解意见`): the second line ends it
    const first = lines[i + 1].text
    const second = i + 2 < to ? lines[i + 2].text : ''
    const broken = second && isFragmentLine(second) && (genreOf(first) === null || ONLY_QUOTE.test(first)) && genreOf(first + second) !== null
    out.push({ line: i, next: broken ? i + 3 : i + 2, text: broken ? first + second : first, attachment: true })
  }
  if (!out.length || out[0].line !== from) {
    // Not an attachment block: treat the whole tail as one untitled part rather than lose it.
    out.unshift({ line: from, next: from, text: '', attachment: true })
  }
  return out
}

/**
 * An issued plan's title whose period, edition or status the page printed on the next line
 * (`永德县城镇化建设三年行动计划` / `2020―2022年)`, `…应急预案` / `(2019年修订)`, `…办法` / `（试行）`): that line ends the
 * title, not opens the body.
 * Blank lines between are passed over; a title that already ends in a bracket, and an attachment (its title span is
 * counted from `next`), are left alone.
 */
export function withPeriodLine(lines: Line[], nt: NestedTitle, to: number): void {
  if (!nt.text || nt.attachment || /[)）]$/.test(nt.text)) return
  let k = nt.next
  while (k < to && k - nt.next < 3 && !lines[k].text.trim()) k++
  // (or its status, `（试行）`, as a title's own line takes it: title-lines.ts statusContinuation)
  const tag = k < to ? (periodLine(lines[k].text) ?? titleStatusLine(lines[k].text)) : null
  if (tag) {
    nt.text += tag
    nt.next = k + 1
    return
  }
  // (the period glued before the preamble: the title takes it, the line stays the body's)
  const opening = k < to && k === nt.next ? periodOpening(lines[k].text) : null
  if (opening) nt.text += opening
}

/** A title closing with a period whose opening bracket was lost (`…专项规划2023-2028`, `…规划2022-2030年)`). */
const PERIOD_BRACKET_LOST = /[^（(]\d{4}\s*[-—–－~至]\s*\d{2,4}年?[)）]?$/

/**
 * An issued text's title printed with its period's brackets lost (`达拉特旗粮食安全专项规划2023-2028` under a notice that
 * issues `《达拉特旗粮食安全专项规划(2023-2028)》`, outside181 03; `…示范区规划2022-2030年)`, outside160 04): the name the
 * notice's title or its issuing sentences quote in the same words is the title. `from`–`to` are the notice's lines.
 */
export function withQuotedPeriod(lines: Line[], from: number, to: number, title: string | null | undefined, nt: NestedTitle): void {
  if (!nt.text || !PERIOD_BRACKET_LOST.test(nt.text)) return
  const key = titleKey(nt.text)
  const names = [...(title ? titleIssuedNames(title) : []), ...issuedNames(lines, from, to)]
  const name = names.find((n) => /[（(]/.test(n) && titleKey(n) === key)
  if (name) nt.text = name
}

/**
 * Does the line issue or forward with a verb of its own, not only inside a title it cites (`根据《国务院关于印发…的通知》`,
 * or the end of one whose 《 stands on the line above: `关于印发打赢蓝天保卫战三年行动计划的通知》(国发〔`, outside131 01)?
 * @example issuesOutsideQuotes('现将《实施方案》印发给你们') // true
 * @example issuesOutsideQuotes('关于印发某某行动计划的通知》(国发〔') // false
 */
function issuesOutsideQuotes(text: string): boolean {
  if (!hasIssuingVerb(text)) return false
  const close = text.indexOf('》')
  const open = text.indexOf('《')
  const rest = close >= 0 && (open < 0 || close < open) ? text.slice(close + 1) : text
  return hasIssuingVerb(rest.replace(/《[^《》]*》/g, ''))
}

export interface NestedTitle {
  attachment?: boolean
  /** The organ lines printed right above the title (its 发文机关标志), when the outer 落款 stands above them. */
  organs?: Line[]
  line: number
  next: number
  text: string
  /** The name an untitled issued text goes by in the issuing sentence (Segment.issuedAs). */
  issuedAs?: string
  /** Where `text` stands when it is not the title line itself (a quoted name that titles a generic heading). */
  span?: { start: number; end: number }
}

/**
 * Titles of the documents a notice issues: the 《…》 it quotes in its issuing sentence(s),
 * found again later as a line (or two or three lines: titles break) of their own.
 */
export function findNestedTitles(lines: Line[], from: number, to: number, ownTitle?: string | null): NestedTitle[] {
  if (ownTitle && ACT_NUMBER_TITLE.test(ownTitle.replace(/\s+/g, ''))) return laterActs(lines, from, to, ownTitle)
  const quoted: string[] = []
  /** Where each quoted name of the issuing sentence stands (inside its 《》). */
  const quotedSpans: Array<{ start: number; end: number }> = []
  let issuing = ''
  /** Whether an issuing line is a sentence, not a site's label line whose label holds a verb (`发布时间：…`). */
  let issuingSentence = false
  // the issuing sentence opens the body; short header-like lines above it (a site's labels, a
  // 字号, the title printed again) do not use up the six lines it is looked for in
  let window = from + 6
  for (let k = from; k < Math.min(to, from + 16) && lines[k].text.length <= 40 && !/[。；]/.test(lines[k].text); k++) window = Math.max(window, k + 2)
  for (let i = from; i < Math.min(to, window); i++) {
    const t = lines[i].text
    if (!issuesOutsideQuotes(t)) continue
    if (!isLabelLine(lines[i])) issuingSentence = true
    issuing += t
    for (const m of t.matchAll(/《([^《》]{2,120})》/g)) {
      quoted.push(m[1])
      quotedSpans.push({ start: lines[i].start + m.index + 1, end: lines[i].start + m.index + 1 + m[1].length })
    }
  }
  // (a short name standing for the full one quoted before it, `现将该《规划》转发给你们` under a title or a sentence quoting
  // `《宁夏回族自治区交通建设“九五”计划及2010年长远规划》`, outside237 03: the full name is looked for)
  for (let q = 0; q < quoted.length; q++) {
    const full = isShortName(quoted[q]) ? fullNameBefore(quoted[q], ownTitle, lines, from, quotedSpans[q].start) : undefined
    if (full) quoted[q] = full
  }
  // a notice printed without a body, its title issuing what follows (`X印发《…三年行动计划》的通知`,
  // the plan's title on the next lines): the title is the issuing sentence
  let cursor = from + 1
  // (a site's label line holding such a verb, `发布时间：2020年04月21日 15:32`, is no issuing sentence)
  if (!issuingSentence && ownTitle && hasIssuingVerb(ownTitle)) {
    quoted.push(...quotedNames(ownTitle))
    // (or the name it issues printed without 《》, `…关于印发河北省地震应急预案的通知` over a repost that prints the plan
    // right under it and not the notice's body, outside43 02)
    const bare = quoted.length ? null : ISSUED_NAME.exec(ownTitle)
    if (bare && isStrongTitle(bare[1])) quoted.push(bare[1])
    if (quoted.length) issuing = ownTitle
    cursor = from
  }
  // (a repost's heading that prints the notice's own title in 《》 again issues nothing: `《X关于印发…的通知》`)
  if (ownTitle) {
    const own = titleKey(ownTitle)
    for (let q = quoted.length - 1; q >= 0; q--) if (titleKey(quoted[q]) === own) quoted.splice(q, 1)
  }
  // an issuing sentence whose 《 was lost (`现将X》印发给你们`) still issues what follows the 落款
  if (!quoted.length) {
    const after = issuing ? titleAfterSignature(lines, from, to, issuing) : []
    return after.length ? after : listAfterSignature(lines, from, to)
  }
  const found: NestedTitle[] = []
  // Each line's key once, then every 1–3-line window's key (titles break over up to three lines)
  // in a map to where it starts: each quoted title is one lookup instead of a scan of the body,
  // so many quoted titles over a long body stay linear. Keys are filters of the text, so a
  // window's key extends the shorter window's: the first (shortest) window that equals the
  // title's key is the one a line-by-line search would stop at.
  const keys = quoted.map((q) => titleKey(q.replace(/〈/g, '《').replace(/〉/g, '》')))
  const longest = Math.max(...keys.map((k) => k.length))
  const starts = new Map<string, Array<[line: number, hit: number]>>()
  // (a line's key is built only up to what a lookup can use: null past the longest key and a 目录 after it)
  const lineKeys: Array<string | null> = []
  const lineKey = (j: number) => {
    const known = lineKeys[j - cursor]
    return known !== undefined ? known : (lineKeys[j - cursor] = titleKeyWithin(lines[j].text, longest + CONTENTS.length))
  }
  for (let i = cursor; i < to; i++) {
    let acc = ''
    for (let j = i; j < Math.min(to, i + 3); j++) {
      const key = lineKey(j)
      if (key === null) break
      const next = acc + key
      if (next.length > longest) break
      if (j > i && next === acc) continue // an empty line adds nothing: the shorter window stands
      acc = next
      const list = starts.get(acc)
      if (list) list.push([i, j])
      else starts.set(acc, [[i, j]])
    }
    // a plan's heading printed over its table of contents as one line (`益阳市重污染天气应急预案目录`)
    const own = lineKey(i)
    if (own !== null && own.length > CONTENTS.length + 4 && own.endsWith(CONTENTS)) {
      const key = own.slice(0, -CONTENTS.length)
      const list = starts.get(key)
      if (list) list.push([i, i])
      else starts.set(key, [[i, i]])
    }
  }
  for (const key of keys) {
    const list = starts.get(key)
    if (!list) continue
    // first window starting at or after the cursor (lists are in line order)
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (list[mid][0] < cursor) lo = mid + 1
      else hi = mid
    }
    if (lo === list.length) continue
    const i = list[lo][0]
    let hit = list[lo][1]
    let text = lines
      .slice(i, hit + 1)
      .map((l) => l.text)
      .join('')
    if (titleKey(text) === key + CONTENTS) text = text.replace(/\s*目\s*录\s*$/, '')
    // a quoted name the issuing sentence only cites (`现将《政府工作报告》提出的…分解意见予以下达`),
    // printed on the first line of a title the next line completes (`《政府工作报告》` / `2005年重点工作分解意见`)
    const more = lines[hit + 1]?.text ?? ''
    if (hit + 1 < to && ONLY_QUOTE.test(text) && isFragmentLine(more) && genreOf(text + more) !== null && titleKey(issuing).includes(titleKey(more).slice(-6))) {
      text += more
      hit++
    }
    const wrapper = issuingNotice(lines, cursor, i, key)
    if (wrapper) found.push(wrapper)
    found.push({ line: i, next: hit + 1, text })
    cursor = hit + 1
  }
  return found.length ? found : titledByQuote(titleAfterSignature(lines, from, to, issuing), quoted, quotedSpans)
}

/** Longest quoted name that is only a short name for one quoted in full before it (`《规划》`, `《实施方案》`). */
const SHORT_NAME_MAX = 4

/** A quoted name that is a genre word alone (`规划`, `方案`, `办法`): what a notice calls a text it named in full before. */
const isShortName = (name: string): boolean => name.length <= SHORT_NAME_MAX && genreOf(name) === name

/**
 * The full name a short one (`规划`) stands for: the last name quoted before it that ends in it, in the body's lines
 * above its place (`before`, an offset) or else in the notice's title. Undefined when none does.
 */
function fullNameBefore(short: string, ownTitle: string | null | undefined, lines: Line[], from: number, before: number): string | undefined {
  const standsFor = (name: string) => name.length > short.length && genreOf(name) === short
  let full: string | undefined
  for (let k = from; k < lines.length && lines[k].start < before; k++) for (const name of quotedNames(lines[k].text.slice(0, Math.max(0, before - lines[k].start)))) if (standsFor(name)) full = name
  return full ?? (ownTitle ? quotedNames(ownTitle).filter(standsFor).pop() : undefined)
}

/** Longest heading that can be a bare genre phrase standing for the issued text's title (`發展規劃`, `实施方案`). */
const GENERIC_HEADING_MAX = 6

/**
 * An issued text found after the 落款 under a generic heading a site printed for its title (`發展規劃` over a
 * plan the notice quotes as `《皖江城市帶…職業教育發展規劃(2010—2015年)》`, outside34 05): the heading names no
 * subject — a few characters the one quoted name ends with or holds — so the quoted name is the title,
 * positioned where the issuing sentence prints it.
 */
function titledByQuote(found: NestedTitle[], quoted: string[], spans: Array<{ start: number; end: number }>): NestedTitle[] {
  if (found.length !== 1 || quoted.length !== 1 || !spans[0]) return found
  const heading = found[0].text
  const key = titleKey(heading)
  const quotedKey = titleKey(quoted[0])
  if (!key || !quotedKey.includes(key) || quotedKey === key) return found
  // (or the quoted name's first words, no genre word, the scraper having cut the title line: `赣州市“十四五”推进农业农村` under
  // a sentence quoting `《赣州市“十四五”推进农业农村现代化规划》`, outside251 07)
  const cut = quotedKey.startsWith(key) && genreOf(heading) === null
  if (heading.length > GENERIC_HEADING_MAX && !cut) return found
  return [{ ...found[0], text: quoted[0], span: spans[0] }]
}

/**
 * A notice printed above the text it issues, both attached to an outer page (a 公示 page publishing
 * `X关于印发《Y》的通知` and then Y): the notice's heading, between the outer body and Y's title, quotes
 * Y and ends in the issuing genre, under the outer page's `附件` label. The organ line printed above a `关于…` heading (`中共珲春市委办公室
 * 珲春市人民政府办公室` / `关于印发…的通知`, blank lines between) is part of its title.
 */
function issuingNotice(lines: Line[], from: number, to: number, key: string): NestedTitle | null {
  for (let h = to - 1; h >= from; h--) {
    const t = lines[h].text
    if (t.length > 160 || !t.startsWith(ABOUT) || !hasIssuingVerb(t) || genreOf(t) !== ISSUING_GENRE || !titleKey(t).includes(key)) continue
    let o = h - 1
    while (o >= from && !lines[o].text.trim()) o--
    const organs = o >= from && isIssuerLine(lines[o].text) ? o : -1
    const start = organs >= 0 ? organs : h
    // only under the outer page's `附件` label: a page's own notice heading printed again is no wrapper
    if (!lines.slice(from, start).some((l) => isAttachmentHead(l.text))) return null
    return { line: start, next: h + 1, text: organs >= 0 ? lines[organs].text + t : t }
  }
  return null
}

/** A line that opens with a site's label cell (`发布时间：…`, `发布机构 …`). */
function isLabelLine(line: Line): boolean {
  const cells = siteLabelCells(line)
  return cells.length > 0 && line.text.trimStart().startsWith(cells[0].label.slice(0, 2))
}

/** The name a notice's title issues without 《》: the words after its issuing verb up to `的通知` (`关于印发X的通知`). */
const ISSUED_NAME = /(?:印发|转发|批转)([^《》]{4,80})的通知$/
const ABOUT = '关于'
const ISSUING_GENRE = '通知'

/** The word a table of contents is headed with, glued to a plan's heading by some sites. */
const CONTENTS = '目录'

/**
 * Fallback: a title-like line after a date line (the notice's 落款) starts the issued document;
 * so does a line the issuing sentence names (`现将X》印发给你们`, its 《 lost).
 */
function titleAfterSignature(lines: Line[], from: number, to: number, issuing: string): NestedTitle[] {
  for (let i = from + 1; i < to - 1; i++) {
    // (or the 落款 on one line, its organ beside its date: `宁波市生态环境局 2024年7月18日`, outside178 02)
    if (isDateLine(lines[i].text) || organBesideDate(lines[i], lines[i - 1]) !== null) {
      let j = i + 1
      if (isReleaseLine(lines[j]?.text)) j++
      // (the body that drafted the text and its date in brackets after the title, `…规划(2006-2020年) (市科技局
      // 二○○七年十二月二十日)` in a forwarding notice, outside57 04, are no part of the title)
      const t = withoutDrafterNote(lines[j]?.text ?? '')
      const named = t.length >= 4 && t.length <= 80 && !/[。；]/.test(t) && titleKey(issuing).includes(titleKey(t))
      const joined = t.length <= 80 && !/[。；]/.test(t) && genreWithin(t) !== null
      // a title broken over two to four lines (`石景山区贯彻落实《关于加强新时代` / `街道工作的意见》的任务分解方案`;
      // `关于落实文化和旅游部` / `国家发展改革委 国家体育总局` / `《…行动计划(2021-2023年)》` / `的实施方案`, outside30 04)
      if (genreOf(t) === null && !isAttachmentHead(t)) {
        let acc = t
        for (let k = j + 1; k < Math.min(to, j + 4) && isFragmentLine(lines[k].text); k++) {
          acc += lines[k].text
          // (a line the issuing sentence names whole is not joined past its name: a table's column words under
          // `2024年政府工作报告主要工作任务分解表` — `序号` ⏎ `主要工作举措` — are no part of it, outside144 02)
          if (named && !titleKey(issuing).includes(titleKey(acc))) break
          if (isStrongTitle(acc)) return [{ line: j, next: k + 1, text: acc }]
        }
      }
      if (j < to && (isTitleLike(t) || named || joined) && !isKeywordLine(t)) return [{ line: j, next: j + 1, text: t }]
      // (a flattened page's plan, its title run into its date and text: `福建省“十二五”旅游发展专项规划二〇一一年六月前言“十二五”时期…`, outside89 04)
      const dated = TITLE_BEFORE_DATE.exec(t)
      if (j < to && dated && isStrongTitle(dated[1]) && genreOf(dated[1]) !== null && dated[1].endsWith(genreOf(dated[1])!)) return [{ line: j, next: j + 1, text: dated[1] }]
      break
    }
  }
  return []
}

/** A notice's note that the list it names follows it (grammars/genres.json `attachedLists`: `（名单附后）`): the list's word (group 1). */
const LIST_AFTER = new RegExp(`(${genres.attachedLists.nouns.join('|')})(?:${genres.attachedLists.notes.join('|')})`)
/** Longest heading read as the attached list's. */
const LIST_HEADING_MAX = 60

/**
 * The list a notice says follows it (`…予以通报表彰（名单附后）`, a 表彰 通报, outside241 08), printed after its 落款 under a
 * heading ending in the word the note names (`2008年度全省商务工作先进单位名单`): the heading, a nested text's title. None
 * when the body notes no list, or no such heading stands right under a date line.
 */
function listAfterSignature(lines: Line[], from: number, to: number): NestedTitle[] {
  let noun: string | undefined
  for (let i = from; i < to && !noun; i++) if (lines[i].text.length > 8) noun = LIST_AFTER.exec(lines[i].text)?.[1]
  if (!noun) return []
  for (let i = from + 1; i < to - 1; i++) {
    if (!isDateLine(lines[i].text)) continue
    const j = isReleaseLine(lines[i + 1].text) ? i + 2 : i + 1
    const t = lines[j]?.text ?? ''
    if (j < to && t.length <= LIST_HEADING_MAX && !/[。；：:]/.test(t) && t.endsWith(noun)) return [{ line: j, next: j + 1, text: t }]
  }
  return []
}

/** A title run into the year and month it is dated, on a line that goes on with its text: the title (group 1). */
const TITLE_BEFORE_DATE = /^([^。；：:]{4,80}?)(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?![\d一二三四五六七八九十])/

/** An organ (an organ suffix of grammars/signature.json closing 2–20 characters) and a date in brackets closing a title line. */
const DRAFTER_NOTE = new RegExp(
  `\\s*[（(][\\u4e00-\\u9fff]{1,20}(?:${wordAlternation(sig.organSuffixes)})\\s*(?:(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})年(?:[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?[）)]\\s*$`,
)

/** The title line without the drafter and date a forwarding notice prints after it in brackets. */
function withoutDrafterNote(text: string): string {
  const note = DRAFTER_NOTE.exec(text)
  return note && note.index >= 4 ? text.slice(0, note.index) : text
}

/** How many lines above a later act's numbered title its predecessor's 落款 date may stand (the signer, a label between). */
const ACT_AFTER_DATE = 4

/**
 * The acts a gazette page prints after a Macau act (`第16/2014号行政长官批示` … `二〇一四年一月二十七日` /
 * `行政长官 某某` / `第17/2014号行政长官批示` …): each later numbered title a few lines under a 落款 date
 * starts a document of its own, so the first act ends at its own signature. The title printed again
 * under a record's labels is the same act.
 */
function laterActs(lines: Line[], from: number, to: number, ownTitle: string): NestedTitle[] {
  const own = titleKey(ownTitle)
  const out: NestedTitle[] = []
  for (let i = from; i < to; i++) {
    const t = lines[i].text
    if (!ACT_NUMBER_TITLE.test(t.replace(/\s+/g, '')) || !isStrongTitle(t) || titleKey(t) === own) continue
    if (out.some((o) => titleKey(o.text) === titleKey(t))) continue
    let dated = false
    for (let k = i - 1; k >= Math.max(from, i - ACT_AFTER_DATE); k--) if (isDateLine(lines[k].text)) dated = true
    if (dated) out.push({ line: i, next: i + 1, text: t })
  }
  return out
}

/** The one name the issuing sentences in lines[from, to) quote (`现将《X》印发给你们`), or undefined when none or several. */
export function issuedName(lines: Line[], from: number, to: number): string | undefined {
  const names = new Set(issuedNames(lines, from, to))
  return names.size === 1 ? [...names][0] : undefined
}

/** The names the issuing sentences of lines[from, to) quote (`现将《X》印发给你们` → X), in order, repeats kept. */
function issuedNames(lines: Line[], from: number, to: number): string[] {
  const names: string[] = []
  for (let k = from; k < to; k++) if (hasIssuingVerb(lines[k].text)) names.push(...quotedNames(lines[k].text))
  return names
}

/** How many lines into the body the issuing sentence of an untitled issued text may stand. */
const ISSUING_LINE_WITHIN = 14
/** The frame of a notice's own act of issuing (grammars/signature.json `issuingFrames`: 现将, 给你们 …). */
const ISSUING_FRAME = new RegExp(wordAlternation(sig.issuingFrames))

/** A sentence handing a quoted text out (`现印发给你们`, `现转发给你们`). */
const HANDS_OUT = /[印转]发/

/** A rule's first chapter or article opening a line (`第一章 总则`, `第一条 为了…`). */
const RULE_OPENING = /^第\s*[一1]\s*[章条條](?![\u4e00-\u9fff]{0,2}[的中规])/

/** The body cues that name the text's own genre in one plain phrase (`制定本{genre}`), without a quoted title (`…`). */
const SELF_NAMING = genres.bodyCues.filter((c) => c.includes('{genre}') && !c.includes('…'))

/**
 * An issued text printed without its title line right under the notice's issuing sentence, with no 落款 between
 * (`《数智贵州建设2026年工作要点》已经省领导同意，现印发给你们。` ⏎ `为…，制定本工作要点。`): the line whose first
 * sentence names the genre of the quoted title (bodyCues), or that opens a rule's first chapter or article, starts it.
 * The line index, or -1.
 */
export function untitledIssuedText(lines: Line[], from: number, to: number): number {
  // (a site's leftover label lines may stand between the header and the 主送: `法规类型:` … `页面功能:` … `发文内容:`, outside87 01)
  for (let k = from; k < Math.min(to - 1, from + ISSUING_LINE_WITHIN); k++) {
    const t = lines[k].text
    // (an article of a rule is no notice's issuing sentence, though its words may hold one: `第一条 …根据…《…信息发布协调工作
    // 规定(试行)》…，制定本规定。` ⏎ `第二条 本规定所称…`, outside179 04)
    if (!hasIssuingVerb(t) || markerAt(t, 0)?.style === 'article') continue
    // (a rule printed from its first chapter or article, `第一章 总则` / `第一条 为了…`, outside87 01) — under a sentence that
    // hands a quoted text out (印发, 转发), not one that cites a law it rests on (`根据《…刑法》…，现就…解释如下：`)
    const ruleUnder = HANDS_OUT.test(t) && RULE_OPENING.test(lines[k + 1].text)
    const first = lines[k + 1].text.split('。')[0]
    for (const m of t.matchAll(/《([^《》]{2,120})》/g)) {
      const genre = genreOf(m[1])
      if (!genre) continue
      if (ruleUnder || SELF_NAMING.some((c) => first.includes(c.replace('{genre}', genre)))) return k + 1
    }
    return -1
  }
  return -1
}

/** A line opening a text's first section (`一、`, `第一章`, `第一条`). */
const FIRST_SECTION = /^(?:一、|第一[章条节])/
/** A notice's own words about itself: `现就有关事项通知如下`, `特此通知`. */
const NOTICE_OWN = /通知如下|特此通知/

/**
 * Do lines[from, to) read as the middle of an issued text — a paragraph of prose first, not a contents list or a table, not
 * a body that opens as a notice's or a plan's own does (its 主送, its first section, its purpose clause) nor one that speaks
 * as the notice (`通知如下`)?
 */
function bareNameOverMiddle(lines: Line[], from: number, to: number): boolean {
  const first = lines[from].text
  // (or a heading numbered past the first of its list, `（三）推进步骤`: page 2 of a law site's record, outside247 03)
  const marker = markerAt(first, 0)
  const laterHeading = marker !== null && !marker.weak && marker.number !== null && marker.number > 1 && marker.style !== 'article'
  // (the middle of a text is prose: not a contents list's or a table's short lines, `市人民政府办公室关于…的通知` ⏎ `重点工作`)
  if (!laterHeading && (first.length < 10 || !/[。；，,]/.test(first) || isTitleLike(first))) return false
  if (!laterHeading && (isAddresseeLine(first) || /^[^，。：:]{2,60}[：:]$/.test(first) || FIRST_SECTION.test(first) || opensPurposeClause(first))) return false
  for (let k = from; k < Math.min(to, from + ISSUING_LINE_WITHIN); k++) if (NOTICE_OWN.test(lines[k].text)) return false
  return true
}

/** The name a notice's title issues printed without 《》: after its issuing verb, up to 的通知. */
const BARE_ISSUED_NAME = /(?:印发|转发|批转)([^《》〈〉]{4,60})的通知$/

/** The name a notice's title issues without 《》, as a list of none or one. */
const bareIssuedName = (title: string): string[] => BARE_ISSUED_NAME.exec(title)?.slice(1, 2) ?? []

/** The names a notice's title issues: those in 《》, else the one printed bare before 的通知. */
export function titleIssuedNames(title: string): string[] {
  const quoted = quotedNames(title)
  return quoted.length ? quoted : bareIssuedName(title)
}

/**
 * An issued text printed right under its issuing notice's title, the notice's own body left out (no 主送, no issuing
 * sentence): a portal's entry titled `中共银川市委办公厅…关于印发《银川市2017年蓝天工程实施方案》的通知` whose text opens
 * `为…，结合本市实际，制定本方案。` (outside111 01), a law database's page 2 of such a record (outside113 02). The title
 * names its organ before 关于, so it is the notice's own (a site's headline over the issued text names none: `河北:关于印发
 * 《…》的通知`, outside81 07, and stays the page heading); the text under it is the one it issues. The line index, or -1.
 */
export function issuedUnderTitle(lines: Line[], from: number, to: number, title: string): number {
  if (from >= to || !hasIssuingVerb(title)) return -1
  const about = aboutAt(title)
  if (about <= 0 || !isIssuerLine(title.slice(0, about))) return -1
  // (the name in 《》, or printed bare between the verb and 的通知: `…关于印发广州市农业与农村发展十一五规划的通知`, a law search
  // site's page 4 of the record, outside119 07)
  const quoted = quotedNames(title)
  const names = quoted.length ? quoted : bareIssuedName(title)
  if (names.length !== 1 || !genreOf(names[0])) return -1
  // (a name printed bare is weaker evidence: only the middle of the issued text, not a body that opens as a notice's or
  // a plan's own does — its 主送, its first section, its purpose clause — stands under it)
  if (!quoted.length && !bareNameOverMiddle(lines, from, to)) return -1
  // (the titles a purpose sentence cites, `根据《…关于印发<…>的通知》`, issue nothing here)
  // (a plan's own sentence with such a verb, `并及时发布空岗信息`, issues nothing either: the notice's act is framed, 现将…给你们)
  for (let k = from; k < Math.min(to, from + ISSUING_LINE_WITHIN); k++) {
    const own = lines[k].text.replace(/《[^《》]*》/g, '')
    if (hasIssuingVerb(own) && ISSUING_FRAME.test(own)) return -1
  }
  return from
}
