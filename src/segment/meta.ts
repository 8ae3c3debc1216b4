import type { Line } from '../normalize/lines.js'
import historyGrammar from '../../grammars/history.json' with { type: 'json' }
import sig from '../../grammars/signature.json' with { type: 'json' }
import genres from '../../grammars/genres.json' with { type: 'json' }
import headerLabels from '../../grammars/header-labels.json' with { type: 'json' }
import aliases from '../../grammars/units/aliases.json' with { type: 'json' }
import type { Meta, DocNumber, HistoryEntry } from '../schema/document.js'
import type { Unit } from '../schema/unit.js'
import type { MappedText } from '../text/mapped.js'
import type { Segment } from './index.js'
import { fieldOf } from './header.js'
import { actNumberOfTitle, parseDocNumber } from './docnumber.js'
import { parseFullDate } from './dates.js'
import { aboutAt, forwardingAt, genreFromBody, genreFromOpening, genreOf, genreWithin, implementingAt, issuedNameGenre } from '../text/genre.js'
import { historyBody, historyEvents, withoutIssuerPrefix, writtenOutIssuer } from './history.js'
import { Brackets, codeSet, splitOutsideBrackets } from '../text/brackets.js'
import { holdsSpamWord, isIssuerLine, namesNoOrgan, organEndings, placesRow, startsWithSignerTitle } from './signature.js'
import { escapeRegExp, wordAlternation } from '../text/regexp.js'
import { isRepostPublisher } from './repost.js'
import { datedIssuerDate } from './title-repeats.js'
import { unmaskedOrgan } from './masked-organs.js'
import {
  bannerSiteStamp,
  creditsIssuer,
  gazetteAbove,
  fullIssuerFromStamp,
  holdsStamp,
  isShortName,
  isStampCell,
  namesShortIssuer,
  newsCrumbAbove,
  ownPortalStamp,
  welcomedSite,
} from './portal-stamp.js'
import { LETTERHEAD_MARK } from './title-lines.js'
import { withPeriodDash } from './period.js'
import { inAliasForm } from './organ-aliases.js'
import { statusNoteEvent } from './status-note.js'

/** Dates a database prints where it knows none (grammars/header-labels.json `placeholderDates`). */
const PLACEHOLDER_DATES = new Set(headerLabels.placeholderDates)
// Issuers in a title are joined by 、，or by 和 right after an organ's last character (…办公厅和…).
const ISSUER_SPLIT = new RegExp(`[、，]|(?<=[${organEndings()}])和`)

// organs that issue a quoted text themselves: `X办公室Y办公室印发《…》的通知`, `X印发〈关于…〉的通知` (〈〉 where a site wraps the title in 《》)
const QUOTED_ACT = new RegExp(`(?:${sig.issuingVerbs.map(escapeRegExp).join('|')})[《〈]`)

/** Where a title's subject starts: an issuing verb right before a quoted name (`印发《`) when it comes before 关于, else its 关于; -1 when neither. */
function subjectAt(title: string): number {
  const at = aboutAt(title)
  const quoted = title.search(QUOTED_ACT)
  return quoted >= 0 && (at < 0 || quoted < at) ? quoted : at
}

/** Issuers named before 关于 in a title: `中共深圳市委办公厅、深圳市人民政府办公厅关于印发…` */
export function issuersFromTitle(title: string): string[] {
  let at = subjectAt(title)
  // a forwarding title names the forwarded text's organ too: `X转发Y关于…` was issued by X
  const forwarded = at > 0 ? forwardingAt(title.slice(0, at)) : -1
  if (forwarded > 0) at = forwarded
  // …and so does a title implementing another organ's document: `X贯彻Y关于…的实施意见` was issued by X
  const implementing = at > 0 && forwarded < 0 ? implementingAt(title.slice(0, at)) : -1
  if (implementing > 0 && isOrgan(title.slice(0, implementing))) at = implementing
  if (at < 0) {
    // (no 关于 at all: `江苏省商务厅贯彻“十四五”电子商务发展规划实施方案` — the organ opening the title before its
    // implementing verb made the plan, outside112 01)
    const own = implementingAt(title)
    if (own > 0 && isOrgan(title.slice(0, own))) return [title.slice(0, own)]
    return organTitleIssuer(title)
  }
  if (at === 0) return []
  // a 关于 inside a quoted name (`贯彻落实《关于加强…的意见》的任务分解方案`) names no issuer before it
  if (title.lastIndexOf('《', at) > title.lastIndexOf('》', at) || title.lastIndexOf('〈', at) > title.lastIndexOf('〉', at)) return []
  return (
    title
      .slice(0, at)
      .replace(/印发$/, '') // `X印发关于…的若干措施的通知`
      // (`黔南州生态环境局等七部门关于…`, outside220 03; outside190 03: the organ named, not the count of the others)
      .replace(JOINT_COUNT, '')
      .split(ISSUER_SPLIT)
      .map((s) => s.trim())
      .flatMap(partyAndGovernment)
      .filter((s) => s.length >= 2)
  )
}

const ORGAN_TITLE = new RegExp(`^([\u4e00-\u9fff]{3,30}?)(?:${genres.organTitle.join('|')})$`)
/** An announcement's serial in brackets closing its title: `（第二号）`, `(第12号)`. */
const SERIAL_AFTER_GENRE = /[（(]第[\d一二三四五六七八九十百零〇]{1,6}号[）)]$/
/** How long a matter an organ's announcement may name between its name and the genre (`卫生执法`, `2021年度经营性公墓年检`). */
const ORGAN_TITLE_MATTER_MAX = 16

/**
 * `北京市劳动局通告`: an organ's name and the genre alone (grammars/genres.json organTitle) — the organ issued it; or
 * with the matter announced between them, no 关于 (`安徽省卫生厅卫生执法公告`, outside92 05): the longest organ
 * name the title opens with.
 */
function organTitleIssuer(title: string): string[] {
  // (the announcement's serial in brackets after the genre, `…工作指挥部公告（第二号）`, outside110 04)
  const m = ORGAN_TITLE.exec(title.replace(SERIAL_AFTER_GENRE, ''))
  if (!m) return []
  if (isOrgan(m[1])) return [m[1]]
  for (let end = m[1].length - 1; end >= 3 && m[1].length - end <= ORGAN_TITLE_MATTER_MAX; end--) if (isOrgan(m[1].slice(0, end))) return [m[1].slice(0, end)]
  return []
}

const ISSUING_TITLE = new RegExp(`^关于(?:${genres.issuingTitle.verbs.join('|')})`)

/**
 * The genre of a notice's title printed without its closing `的通知`: `X关于印发Y工作方案` is a
 * 通知 (grammars/genres.json issuingTitle); null for any other title, and for one that ends `的X`.
 * @example issuingTitleGenre('山西省人民政府办公厅关于印发山西省贯彻落实《某规划》工作方案') // '通知'
 */
export function issuingTitleGenre(title: string): string | null {
  const at = aboutAt(title)
  if (at < 0 || !ISSUING_TITLE.test(title.slice(at))) return null
  const genre = genreOf(title)
  return genre === null || !title.endsWith(`的${genre}`) ? genres.issuingTitle.genre : null
}

/** How many lines may stand above the title for the page's opening line to be read as its stamp (the stamp, a 字号). */
const STAMP_ABOVE_LINES = 3

/**
 * Where to look for the portal's stamp: from the title, or from the page's start when the title stands within its first
 * lines — a department's portal printing its stamp over the 字号 and the title (`作者: 文章来源:宁夏生态环境厅 发布时间:…`,
 * outside114 05).
 */
function stampFrom(text: string, titleStart: number): number {
  let lines = 0
  for (let k = text.indexOf('\n'); k >= 0 && k < titleStart; k = text.indexOf('\n', k + 1)) lines++
  if (lines <= STAMP_ABOVE_LINES) return 0
  // (or the line right over the title, under the site's menus and breadcrumb, when it is the stamp: `河南省人民政府门户网站
  // www.henan.gov.cn   2017年09月29日   来源:省政府办公厅`, outside191 07)
  const above = text.slice(0, titleStart).trimEnd()
  const lineStart = above.lastIndexOf('\n') + 1
  return holdsStamp(above.slice(lineStart)) ? lineStart : titleStart
}

/** Where a portal's stamp is looked for from: the site's heading when one stands over the title the document prints. */
function stampHeading(seg: Segment, heading: { start: number }): { start: number } {
  return seg.pageHeading && seg.pageHeading.start < heading.start ? seg.pageHeading : heading
}

/** The count of the other organs a joint title names after its first (`等七部门`, `等9部门`, `等十个单位`). */
const JOINT_COUNT = /等[\d一二三四五六七八九十]{1,3}个?(?:部门|单位|部委|家单位)$/

// a party committee (or its office) and a government (or its office) printed without a separator (the committee perhaps
// named by its 党委, `自治区党委自治区人民政府关于…`, outside212 06)
const PARTY_GOVERNMENT = /((?:中共[\u4e00-\u9fff]{2,14}?委(?:员会)?|[\u4e00-\u9fff]{1,14}?党委)(?:办公厅|办公室)?)([\u4e00-\u9fff]{2,16}?人民政府(?:办公厅|办公室)?)$/

/** `中共青海省委办公厅青海省人民政府办公厅` (or `自治区党委自治区人民政府`) → the two organs (a site's tag before them dropped: `“党政混合信息公开”中共…`); any other organ as it is. */
function partyAndGovernment(organ: string): string[] {
  const m = PARTY_GOVERNMENT.exec(organ)
  return m ? [m[1], m[2]] : [organ]
}

function docNumberAt(view: MappedText, start: number, end: number): DocNumber | null {
  // a 字号 line a site prints after its label without a colon (`文件编号 北区政办发〔2020〕11号`): the value only
  const label = NUMBER_LABEL.exec(view.text.slice(start, end))
  if (label) start += label[0].length
  const p = parseDocNumber(view.text.slice(start, end), { wholeValue: true })
  return p
    ? {
        ...p,
        raw: view
          .originalSlice(start, end)
          .replace(/^[(（]|[)）]$/g, '')
          .trim(),
        position: view.position(start, end),
      }
    : null
}

/** A docNumber label of grammars/header-labels.json opening a 字号 line, spaces or a colon after it. */
/** A label of a government's disclosure catalogue, and the labels under which it stamps the portal's publication (header-labels.json `catalogueTime`). */
const CATALOGUE_MARKERS = headerLabels.catalogueTime.markers
const CATALOGUE_TIME_LABELS = headerLabels.catalogueTime.labels
const PUBLISHING_ORGAN_LABELS = headerLabels.catalogueTime.publishingOrgans
const NUMBER_LABEL = new RegExp(`^(?:${wordAlternation(Object.keys(headerLabels.labels).filter((l) => fieldOf(l) === 'docNumber'))})[\\s：:]*(?=[\\u4e00-\\u9fff])`)

type ReadEvent = { entry: HistoryEntry; issuers: string[]; opensEntry?: boolean }

/**
 * The history entries of a segment, oldest first as printed, and the organs that made each: the
 * history lines, and the promulgation block between them (its sentence's 通过 / 批准 / 施行 dates
 * and the 公布 of its date line). An event read twice (the 通过 of a history parenthesis and of
 * the announcement under it) is kept once.
 */
function historyOf(seg: Segment, view: MappedText): ReadEvent[] {
  return [...printedHistory(seg, view), ...statusNoteEvents(seg, view)]
}

/** The event of a law site's note before the title (`*注：本篇法规已被《…》（…实施日期：…）废止`): the text's last. */
function statusNoteEvents(seg: Segment, view: MappedText): ReadEvent[] {
  const note = seg.statusNote
  const event = note ? statusNoteEvent(note.text) : null
  if (!note || !event) return []
  return [{ entry: { date: event.date, docNumber: null, action: event.action, raw: view.originalSlice(note.start, note.end).trim(), position: view.position(note.start, note.end) }, issuers: [] }]
}

function printedHistory(seg: Segment, view: MappedText): ReadEvent[] {
  const p = seg.promulgation
  if (!p) return historyLines(seg.history, view)
  // (a block printed without its heading opens at its sentence)
  const cut = (p.heading[0] ?? p.sentence[0]).start
  const before = historyLines(
    seg.history.filter((l) => l.end <= cut),
    view,
  )
  const after = historyLines(
    seg.history.filter((l) => l.start > cut),
    view,
  )
  const said: ReadEvent[] = historyLines(p.sentence, view).map((e) => ({ entry: e.entry, issuers: [] }))
  const date = parseFullDate(p.date.text)
  const published: ReadEvent[] = date
    ? [
        {
          entry: { date, docNumber: p.number, action: '公布', raw: view.originalSlice(cut, p.date.end).trim(), position: view.position(p.date.start, p.date.end) },
          issuers: p.organ ? [p.organ] : [],
        },
      ]
    : []
  const effective = said.findIndex((e) => e.entry.action === '施行')
  const block = effective < 0 ? said.concat(published) : [...said.slice(0, effective), ...published, ...said.slice(effective)]
  const seen = new Set<string>()
  return [...before, ...block, ...after].filter((e) => {
    const k = `${e.entry.date}|${e.entry.action}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** The events of a run of history lines. */
function historyLines(lines: Segment['history'], view: MappedText): ReadEvent[] {
  const span = historyBody(lines)
  if (!span) return []
  // (a parenthesis whose closing bracket the scraper lost is read as closed: findHistory took it)
  let text = view.text.slice(span.start, span.end)
  if (/^[（(]/.test(text) && !/[）)]/.test(text)) text += '）'
  return historyEvents(text, span.start).map((e) => ({
    entry: {
      date: e.date,
      docNumber: e.docNumber,
      action: e.action,
      raw: view.originalSlice(e.start, e.end).trim(),
      position: view.position(e.start, e.end),
    },
    issuers: e.issuers.map((organ) => printedOrgan(view, e.start, e.end, organ)),
    opensEntry: e.opensEntry,
  }))
}

/** An organ as the input prints it (內政部, not the matching copy's 内政部) when it stands in one piece. */
function printedOrgan(view: MappedText, start: number, end: number, organ: string): string {
  const at = view.text.slice(start, end).indexOf(organ)
  // an organ a wrapped 沿革 line cuts (`經濟⏎  部`) is printed without the break
  return at < 0 ? organ : view.originalSlice(start + at, start + at + organ.length).replace(/\s+/g, '')
}

/**
 * Who issued a law, from its history: the body that adopted it (its first 通过), else the body
 * whose order made the last event that names one (a Taiwan 辦法 is the ministry's current text).
 */
function historyIssuers(history: ReadEvent[]): string[] {
  const adopted = history.find((h) => h.entry.action === '通过' && h.issuers.length)
  if (adopted) return adopted.issuers
  // An approval (核定, 备查) names the organ above the issuer, not the issuer.
  const made = history.filter((h) => h.issuers.length && h.entry.action !== '批准')
  if (!history.some((h) => h.opensEntry)) return (made.pop() ?? history.filter((h) => h.issuers.length).pop())?.issuers ?? []
  // A Taiwan 沿革: the organ of its last numbered entry (blind 18: a repeal's too), read from the event
  // that opens it, else from the first one under it that names an organ (`5.…日廢止` ⏎ `…秘書長…號令發布廢止`);
  // what else is printed under an entry issued nothing (the legislature's 制定 under 國民政府令公布, a
  // 行政院 order fixing the effective date)
  let last: string[] = []
  let open: string[] | null = null
  for (const h of history) {
    if (h.opensEntry) open = null
    if (open === null && h.issuers.length && h.entry.action !== '批准') {
      open = h.issuers
      last = open
    }
  }
  return last.length ? last : ((made.pop() ?? history.filter((h) => h.issuers.length).pop())?.issuers ?? [])
}

/** A law database's label line: `【发布文号】…`, `【效力】`. */
const LABEL_LINE = /^\s*【[^】]{1,10}】/
/** A numbered section heading, short and without a sentence's end (`1.1编制目的`, `一、总则`). */
const HEADING_LINE = /^(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、)\s*[^。，；：:！？]{1,16}$/
/**
 * A row of a site's label table kept with its cell borders: it ends in one, and holds no sentence (a forum's
 * one-line post ends in its credit cell, `…决定命名…为首批…。… 来源:某厅 |`, outside44 07).
 */
const BORDERED_ROW = /^[^。！？]*[|｜]\s*$/
/** A site's menu item: a bullet and a short name, nothing else. */
const MENU_ITEM = /^\s*[-•·]\s*[\u4e00-\u9fff]{2,10}\s*$/
/** A site's menu word alone on a line: two to four ideographs, no bullet, nothing else. */
const MENU_WORD = /^\s*[\u4e00-\u9fff]{2,4}\s*$/
/** A bullet a site prints before a stamp cell of its own (`- 时间:2012-07-02`, `- 点击:15`, `- 来源:`). */
const BULLET = /^\s*[-•·]\s*/

/** The first paragraphs, where a body names its genre. */
function opening(seg: Segment): string {
  // (a scraper may join the first paragraph to the 主送 line: `各市人民政府，…： 为…，提出以下实施意见：`)
  // (a PDF export wraps its lines mid-sentence: the fourth line's sentence is read to its end)
  let text = seg.addressees ? seg.addressees.text + '\n' : ''
  // (a law database's label lines printed again under its header, `【效力】` / `【备注】…`, are no paragraphs:
  // outside30 16 lost its `，现印发给你们` past them)
  let k = 0
  for (const l of seg.body) {
    // (nor are the rows of a site's label table printed again under the header, `成文日期| 2007-12-04 |`:
    // outside39 06 lost its `提出如下意见` past five of them)
    if (LABEL_LINE.test(l.text) || BORDERED_ROW.test(l.text)) continue
    // (nor are a site's menu items, one short name to a bullet, `- 国务院部门` ⏎ `- 省市政府` over a gazette page:
    // outside57 02 lost its `现印发给你们` past four of them)
    // (…nor a site's stamp items, `- 时间:…` ⏎ `- 点击:15` ⏎ `- 来源:` over a traditional-script mirror's notice:
    // outside123 05 lost its `，现印发给你们` past them)
    if (MENU_ITEM.test(l.text) || (BULLET.test(l.text) && isStampCell(l.text.replace(BULLET, '')))) continue
    // (…nor a site's menu words a line each, `供应` ⏎ `产品` ⏎ `采购` ⏎ `企业` over a supply platform's copy: outside191 06
    // lost its `现印发给你们` past them; a closing formula, `特此通知`, still counts)
    if (MENU_WORD.test(l.text) && genreFromBody(l.text) === null) continue
    // (a section heading is no paragraph: a plan exported from `1.总则` ⏎ `1.1编制目的` names itself in 1.3,
    // `本预案适用于…`, outside39 08)
    if (!HEADING_LINE.test(l.text) && k++ >= 4 && (/[。：:；！？]\s*$/.test(text) || text.length > 1000)) break
    text += l.text + '\n'
    if (text.length > 2000) break
  }
  return text
}

/** Longest last body line read as a closing formula (`特此通告。`). */
const CLOSING_LINE_MAX = 8

/**
 * The closing formula a body ends with on its own line, above the 落款 (`特此通告。`, genres.json bodyActs): read where the
 * opening names no genre (a 通告 printed from its first sentence, outside144 03).
 */
function closingLine(seg: Segment): string {
  const last = seg.body[seg.body.length - 1]?.text.trim() ?? ''
  return last.length <= CLOSING_LINE_MAX ? last : ''
}

/** A body-only export names its genre in its first paragraphs (`…制定本行动方案。`) or its closing formula. */
const bodyGenre = (seg: Segment): string | null =>
  genreFromBody(opening(seg)) ??
  (seg.deliveryLine && seg.headingOrgans?.length ? genres.deliveredByOrgans : null) ??
  (seg.keywordLine ? keywordGenre(seg.keywordLine.text) : null) ??
  genreFromBody(closingLine(seg))

/** The genre a 主题词 line closes with (`主题词：体育 大学生 运动会 机构 调整 通知` → 通知): by GB/T 9704's old 主题词 rule its last word names the document's kind. */
function keywordGenre(text: string): string | null {
  return genreOf(text.replace(/^[^：:]*[：:]/, ''))
}

const ORGAN_SUFFIXES = [...sig.organSuffixes]
const isOrgan = (p: string) => ORGAN_SUFFIXES.some((x) => p.length > x.length && p.endsWith(x))

/**
 * Does an input slice print a space between its two ends? In an HTML page the slice holds the markup between
 * two characters: the spaces inside a tag (`<span style="font-family: 仿宋">`) are not printed, a `&nbsp;` is
 * (outside60 11: `佛山市金融工作局 &nbsp;… 佛山市` + `<span …>住房公积金管理中心`, one organ over two spans).
 */
function printedSpace(slice: string): boolean {
  return /\s/.test(slice.includes('<') || slice.includes('&') ? slice.replace(/<[^<>]*>/g, '').replace(/&(?:nbsp|ensp|emsp|#160|#x0*a0);/gi, ' ') : slice)
}

/** `国务院办公厅　中央军委办公厅`: organs signed side by side on one line, split at the spaces between them. */
/**
 * The organs of a 落款's issuer lines; a row of places printed in columns over a row of organs (`广西壮族自治区   广西壮族自治区` ⏎
 * `发展和改革委员会   文化和旅游厅`) gives each organ its column's place.
 */
function signatureOrgans(view: MappedText, lines: readonly { text: string; start: number; end: number }[]): string[] {
  const places = lines.map((l) => placesRow(view.originalSlice(l.start, l.end)))
  const organs: string[] = []
  for (let n = 0; n < lines.length; n++) {
    if (places[n]) continue
    const row = signedOrgans(view, lines[n])
    const above = n > 0 ? places[n - 1] : null
    organs.push(...(above && above.length === row.length ? row.map((organ, k) => (organ.startsWith(above[k]) ? organ : above[k] + organ)) : row))
  }
  return organs
}

function signedOrgans(view: MappedText, line: { text: string; start: number; end: number }): string[] {
  // the normalized line has lost the space between two CJK names: split the printed one
  const parts = view
    .originalSlice(line.start, line.end)
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
  // (only when normalizing removed nothing from the line: a scraper's pinyin glosses, `區(qū)`, stay out)
  if (parts.length > 1 && parts.every(isOrgan) && parts.join('').length === line.text.replace(/\s+/g, '').length) return parts
  // printed in another script (`湖南省財政廳  湖南省文化和旅游廳`): split the matching copy where the input has spaces
  const names: string[] = []
  let from = line.start
  for (let q = line.start + 1; q < line.end; q++) {
    if (!printedSpace(view.originalSlice(q - 1, q + 1))) continue
    names.push(view.text.slice(from, q).trim())
    from = q
  }
  names.push(view.text.slice(from, line.end).trim())
  return names.length > 1 && names.every(isOrgan) ? names : [line.text]
}

/**
 * Issuers a title names side by side with spaces (`鹤岗市人民政府 鹤岗市中级人民法院关于…`): the
 * matching copy lost those spaces, so the prefix before 关于 is split where the input has one,
 * when every part is an organ. Null when the title does not print them so.
 */
function spacedTitleIssuers(view: MappedText, title: { text: string; start: number; end: number }): string[] | null {
  const at = subjectAt(title.text)
  if (at <= 0) return null
  // view offset of each title character (a title broken over lines has newlines between them)
  const pos: number[] = []
  for (let q = title.start, p = 0; q < title.end && p < at; q++) if (view.text[q] === title.text[p]) pos[p++] = q
  if (pos.length < at) return null
  const parts: string[] = []
  let from = 0
  for (let j = 1; j < at; j++) {
    if (/\s/.test(view.originalSlice(pos[j - 1], pos[j] + 1))) {
      parts.push(title.text.slice(from, j))
      from = j
    }
  }
  parts.push(title.text.slice(from, at))
  return parts.length > 1 && parts.every(isOrgan) ? parts : null
}

/**
 * The date a header value starts with, when a time or the next label is glued after it
 * (`2024年04月06日 16:40`, `2023-03-21访问次数：…`).
 */
function leadingDate(value: string): string | null {
  const m = /^\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}(?!\d)\s*日?/.exec(value)
  return m ? parseFullDate(m[0]) : null
}

/** An organ named by its level alone (`县人民政府办公室`, `市教育局`): the level words of grammars/units/aliases.json. */
const OPENS_WITH_LEVEL = new RegExp(`^(?!${wordAlternation(aliases.notLevel)})(?:${wordAlternation(Object.keys(aliases.levels))})`)

/** `福建省厦门市人民政府` → `厦门市人民政府`: a law site files a city's organ under its province; the title names the city alone. */
const PROVINCE_CITY = /^[\u4e00-\u9fff]{2,7}?(?:省|自治区)([\u4e00-\u9fff]{2,8}?[市州盟])/
function withoutProvince(organ: string, title: string | null): string {
  const m = PROVINCE_CITY.exec(organ)
  return m && title?.startsWith(m[1]) ? organ.slice(m[0].length - m[1].length) : organ
}

/**
 * The organs a header's 发布部门 / 发文机关 value names: split on 、，； and, when each piece is an
 * organ, on the spaces the page printed between them (`贵州省财政厅 贵州省地方税务局 贵州省国家税务局`).
 */
function authorityOrgans(view: MappedText, field: { value: string; start: number; end: number }): string[] {
  const listed = field.value
    .split(/[;；、，]/)
    .map((s) => s.trim())
    .filter(Boolean)
  if (listed.length > 1) return listed
  const spaced = view
    .originalSlice(field.start, field.end)
    .trim()
    .split(/[\s\u3000]+/)
  return spaced.length > 1 && spaced.every((p) => ORGAN_END.test(p)) ? spaced : listed
}

/** A name that ends as an organ does (厅, 局, 委员会 …). */
const ORGAN_END = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,30}(?:${sig.organSuffixes.map(escapeRegExp).join('|')})$`)

/** A Macau act's number its title opens with (`第16/2014号行政长官批示` → `第16/2014号`), the 字号 it prints. */
function titleActNumber(view: MappedText, title: { text: string; start: number; end: number }): DocNumber | null {
  const p = actNumberOfTitle(view.text.slice(title.start, title.end))
  if (!p) return null
  const at = view.text.indexOf('号', title.start) + 1
  return { ...p, raw: view.originalSlice(title.start, at).trim(), position: view.position(title.start, at) }
}

/**
 * The office a Macau act's title names between its number and its genre (`第16/2014号行政长官批示` → 行政长官,
 * `第5/2020号社会文化司司长批示` → 社会文化司司长): the act's issuer, as a 落款 names it without the person.
 * None when the genre follows the number (`第18/2002号行政法规`).
 */
function actOffice(title: string): string[] {
  const t = title.replace(/\s+/g, '')
  const number = actNumberOfTitle(t)
  const genre = genreOf(t)
  if (!number || !genre) return []
  const office = t.slice(t.indexOf('号') + 1, t.length - genre.length)
  return office.length >= 2 ? [office] : []
}

const INTERPRETATION_WORD = `(?:${genres.interpretation.map(escapeRegExp).join('|')})`
/** A title interpreting a quoted document: `…解读《…》`, `《…》解读`, `【…解读】…`. */
const INTERPRETATION = new RegExp(`${INTERPRETATION_WORD}[《〈]|[》〉]${INTERPRETATION_WORD}|^【[^】]*${INTERPRETATION_WORD}】`)

/**
 * Whether the line a page prints right over the title names an organ other than the one issuer, neither its own
 * government's portal (creditsIssuer) nor a name one holds the other (农业农村部 over 农业农村部办公厅): the site is that
 * organ's, reposting the document.
 * @example otherOrganSite('洛阳市农业农村局\n洛阳市人民政府关于…的实施意见\n', 9, ['洛阳市人民政府']) // true
 */
function otherOrganSite(text: string, titleStart: number, issuers: readonly string[]): boolean {
  if (issuers.length !== 1) return false
  const end = text.lastIndexOf('\n', titleStart - 1)
  if (end < 0) return false
  const site = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim()
  const issuer = issuers[0]
  return isIssuerLine(site) && !creditsIssuer(issuers, site) && !issuer.startsWith(site) && !site.startsWith(issuer)
}

/** The stamp of an organ's own site under `heading`, the organ named by the site's welcome line over it (an organ's name), or null. */
function bannerStamp(text: string, seg: Segment, heading: { start: number }, issuers: readonly string[]): string | null {
  const organ = welcomedSite(text, heading.start)
  return organ && isIssuerLine(organ) ? bannerSiteStamp(text, stampFrom(text, stampHeading(seg, heading).start), seg.addressees?.start, issuers, organ) : null
}

/** How far above the title, in the input, a gazette's masthead or a breadcrumb may stand (a menu, a motto between). */
const CHROME_REACH = 400

/** The stamp under `heading` of a government gazette's page, its masthead over the title in the input; or null. */
function gazetteStamp(view: MappedText, seg: Segment, heading: { start: number }, issuers: readonly string[]): string | null {
  if (!gazetteAbove(sourceAbove(view, heading.start))) return null
  return bannerSiteStamp(view.text, stampFrom(view.text, stampHeading(seg, heading).start), seg.addressees?.start, issuers, issuers[0] ?? '')
}

/**
 * The issuer's own portal stamp under `heading` (ownPortalStamp), unless a breadcrumb over the title opens at a news site
 * named `…网` (`长城网 >> 河北发布`, outside247 08): the stamp is then the repost's. The crumb is read only where a stamp is.
 */
function issuerPortalStamp(view: MappedText, seg: Segment, heading: { start: number }, issuers: readonly string[]): string | null {
  const stamp = ownPortalStamp(view.text, stampFrom(view.text, stampHeading(seg, heading).start), seg.addressees?.start, issuers)
  return stamp && newsCrumbAbove(sourceAbove(view, heading.start)) ? null : stamp
}

/** The input as printed in the CHROME_REACH characters above `start` (a view offset): the chrome normalize dropped. */
function sourceAbove(view: MappedText, start: number): string {
  const at = view.originalStart(start)
  return view.source.text.slice(Math.max(0, at - CHROME_REACH), at)
}

/** Titles of a government's head and the level of place each heads (grammars/signature.json `governmentHeads`), longest first. */
const GOVERNMENT_HEADS = Object.entries(sig.governmentHeads as Record<string, string>).sort((a, b) => b[0].length - a[0].length)

/**
 * The government whose head signs `signer` (`自治区主席 努尔·白克力`, `省长 夏宝龙`): the place `title` opens with at the head's
 * level, and 人民政府. Null when the signer is no government's head or the title opens with no place of that level.
 * @example governmentOfHead('自治区主席 努尔·白克力', '新疆维吾尔自治区实施《森林防火条例》办法') // '新疆维吾尔自治区人民政府'
 */
function governmentOfHead(signer: string | undefined, title: string): string | null {
  const head = signer ? GOVERNMENT_HEADS.find(([name]) => signer.replace(/\s+/g, '').startsWith(name)) : undefined
  if (!head) return null
  const place = new RegExp(`^[\\u4e00-\\u9fff]{2,10}?${head[1]}`).exec(title)
  return place ? `${place[0]}人民政府` : null
}

/** A header's genre label's value when it is a genre word alone (`体裁:公告` → 公告; the empty cells after it, `|生效日期|`, cut), else null. */
function labelledGenre(value: string | undefined): string | null {
  const word = value?.split(/[|｜]/)[0].replace(/\s+/g, '')
  return word && genreOf(word) === word ? word : null
}

/** Assembles `meta` of one segment from its header, title, 发文字号 line and 落款. */
export function buildMeta(seg: Segment, view: MappedText): Meta {
  // where the issuer's portal prints its stamp: under the title, or under a site's page heading printed in its place
  const heading = seg.title ?? seg.pageHeading
  const byField: Record<string, { value: string; start: number; end: number }> = {}
  if (seg.header) {
    for (const [label, value] of Object.entries(seg.header.fields)) {
      const f = fieldOf(label)
      const sp = seg.header.spans[label]
      if (f && value && sp && !byField[f]) byField[f] = { value, start: sp.start, end: sp.end }
    }
  }
  // a government's disclosure catalogue (a table with its 索引号) stamps the portal's publication as 发布时间 (outside61 04)
  if (seg.header && !byField.publishedDate && CATALOGUE_MARKERS.some((m) => m in seg.header!.fields)) {
    const label = CATALOGUE_TIME_LABELS.find((l) => seg.header!.fields[l] && seg.header!.spans[l])
    if (label) byField.publishedDate = { value: seg.header.fields[label], start: seg.header.spans[label].start, end: seg.header.spans[label].end }
  }
  // a header that is a page's date stamp and nothing else (`发布日期:2018-11-13 15:37 来源:`, outside93 02 and 08) dates the
  // page, not the document: only a stamp crediting the issuer's own portal counts (ownPortalStamp, below)
  const loneStamp = seg.header?.form === 'publish' && Object.keys(seg.header.fields).every((l) => fieldOf(l) === 'publishedDate')
  // (a period's dash the scraper lost put back: `(20212023年)`)
  const printedTitle = seg.title?.text ?? byField.title?.value ?? null
  const title = printedTitle === null ? null : withPeriodDash(printedTitle)
  // (a header's 文号 cell that holds no number — `文 号: null`, outside35 04 — does not hide the 字号 printed under the title)
  const docNumber =
    (byField.docNumber ? docNumberAt(view, byField.docNumber.start, byField.docNumber.end) : null) ??
    (seg.docNumberLine ? docNumberAt(view, seg.docNumberLine.start, seg.docNumberLine.end) : null) ??
    (seg.title ? titleActNumber(view, seg.title) : null)
  // (a hijacked mirror's label naming a gambling site where the organ stood, `发文单位:咸宁江南体育官方网站入`, names none: outside184 04)
  const labelledOrgans = byField.authority ? authorityOrgans(view, byField.authority).filter((o) => !holdsSpamWord(o)) : undefined
  const authority = labelledOrgans?.length ? labelledOrgans : undefined
  // (a database's placeholder for a date it does not know, `生效日期:1900-01-01`, is no date: header-labels.json placeholderDates)
  const sigDate = seg.signature?.date ? parseFullDate(seg.signature.date.text) : null
  // (…and a publication date years before the 落款's is none either: a cell the site filled with its own default,
  // `【颁发时间】 1970-08-22` over a notice signed 二○一一年十二月二十五日, outside234 04; or, with no 落款, years before the
  // 字号's year, `十政办发[2011]12号` over the same default, outside248 08)
  const knownYear = sigDate ? Number(sigDate.slice(0, 4)) : (docNumber?.year ?? null)
  const date = (f: string) => {
    const d = byField[f] ? (parseFullDate(byField[f].value) ?? leadingDate(byField[f].value)) : null
    if (d && f === 'publishedDate' && knownYear !== null && Number(d.slice(0, 4)) < knownYear - 1) return null
    return d && PLACEHOLDER_DATES.has(d) ? null : d
  }
  // (an office alone, or after spam a hijacked copy printed where the organ stood, names no issuer)
  const titled = title ? issuersFromTitle(title).filter((o) => !namesNoOrgan(o)) : []
  const signedBy = signatureOrgans(view, seg.signature?.issuers ?? []).filter((t) => !startsWithSignerTitle(t) && !namesNoOrgan(t))
  // a 落款 signed by the organ the title names is the document's own: its date is the 成文日期 (GB/T 9704 §7.3.5), a
  // portal's label giving another (its 发布日期 again, outside92 08) notwithstanding; so is one signed by the organ the
  // label block names as 发文机关 under a title naming none (`关于印发《…》的通知`, a city bureau's repost labelled with
  // its posting day, outside103 08)
  // (and a 落款 that prints only its date, under a title naming its organ: the organ's own date, the label's 成文日期
  // the portal's entry — `2017年2月13日` under 海东市人民政府关于印发…的通知 labelled 成文日期 2017年03月14日, outside105 01)
  const signedByTitleOrgan = signedBy.some((o) => titled.includes(o) || (!titled.length && authority?.includes(o)))
  // (…or under a title naming none: a date alone closing the body is the document's own, not quoted material's, whatever
  // day the portal's label gives — `2021年6月10日` labelled 成文日期 2021-06-15, outside169 01)
  const dateOnlyUnderTitle = !seg.signature?.issuers.length
  const signsTitle = sigDate !== null && (signedByTitleOrgan || dateOnlyUnderTitle)
  // a 落款 dated otherwise than the header's 成文日期 signs material the page quotes (an expert
  // group's report at the end of a 复函), not the document
  const ownSignature = signsTitle || !(sigDate && date('signedDate') && sigDate !== date('signedDate'))
  // (a 落款 whose place a site masked, `(略) 生态环境局`, names nobody: the title's organ stands, outside116 03)
  const sigIssuers = ownSignature ? signedBy.filter((o) => unmaskedOrgan(o) !== null) : []
  // (a Macau act's title names its office after the number, with no 关于: `第16/2014号行政长官批示`)
  const fromTitle = titled.length || !title ? titled : actOffice(title)
  const spaced = fromTitle.length === 1 && seg.title ? spacedTitleIssuers(view, seg.title) : null
  const named = spaced ?? fromTitle
  // a joint title naming the 落款's organs and more (`X厅 Y厅关于…`, a seal line the site lost): the title's
  // (a 落款 signing short what the title names in full, its place left off and 政府 for 人民政府: `省政府办公厅` under
  // `广东省人民政府办公厅关于…`, outside101 04 — the title's name)
  // (or by a short word of its organ's name: `四川省政府安委会` under `四川省人民政府安全生产委员会关于…`, outside207 04 —
  // not the other way: a 落款 `浙江省人民政府` under `浙江省政府关于…` keeps the 落款's full name)
  const signedShort =
    sigIssuers.length === 1 &&
    named.length === 1 &&
    sigIssuers[0] !== named[0] &&
    (isShortName(named[0], sigIssuers[0].replace(/(?<!人民)政府/, '人民政府')) || (inAliasForm(named[0]) === named[0] && inAliasForm(sigIssuers[0]) === named[0]))
  const issuers = sigIssuers.length && !signedShort && !(named.length > sigIssuers.length && sigIssuers.every((o) => named.includes(o))) ? sigIssuers : named
  // a joint title's organs printed without a separator (`贵州省财政贵州省国家税务局…关于`), the header's
  // 发文部门 listing them apart: the header's organs
  if (!sigIssuers.length && named.length === 1 && authority && authority.length > 1 && authority.filter((a) => named[0].includes(a)).length > 1) issuers.splice(0, 1, ...authority)
  // a 发布机构 of another place, or a township under the title's place, reposted the page: no
  // issuer, and the table's 发布日期 / 发文日期 are its posting stamps (奉节县市场监管局 over a 重庆 notice)
  const reposted = authority?.length === 1 && isRepostPublisher(authority[0], issuers, title)
  // a title that drops the place (县人民政府办公室关于…) names the header's 发文单位 (嘉鱼县人民政府办公室); a title
  // naming its place (定西市人民政府) keeps it under a database's longer filing (甘肃省定西市人民政府, outside44 04)
  if (!sigIssuers.length && issuers.length === 1 && authority?.length === 1 && authority[0].length > issuers[0].length && authority[0].endsWith(issuers[0]) && OPENS_WITH_LEVEL.test(issuers[0]))
    issuers[0] = authority[0]
  // the organ an order's heading names (`东莞市人民政府令第123号`) when its signer is a person
  if (!issuers.length && seg.promulgation?.organ) issuers.push(seg.promulgation.organ)
  // (or, an order printed without its heading, the government its head signs for: `省长 某某` under `浙江省…办法`)
  const headed = !issuers.length && seg.promulgation && !seg.promulgation.organ && title ? governmentOfHead(seg.signature?.issuers[0]?.text, title) : null
  if (headed) issuers.push(headed)
  const read = historyOf(seg, view)
  // a law's adopting body (its history's 通过), rather than the body a law site files it under
  // (the approving province, or an abbreviation: 河南省人大常委会)
  const adopted = read.find((h) => h.entry.action === '通过' && h.issuers.length)
  if (!issuers.length && !authority && seg.issuerLine && adopted) {
    // (a history that drops the place, `省人民政府第一三七次常务会议通过`, names the issuer line's organ: 江西省人民政府)
    const printed = signedOrgans(view, seg.issuerLine)
    issuers.push(...adopted.issuers.map((o) => printed.find((p) => p.length > o.length && p.endsWith(o)) ?? o))
  }
  // the organs a nested text prints above its title (a joint 意见 forwarded under a 两办 notice), or a plan under it
  // (outside46 01); a header naming the issuer keeps its own name form (outside25's 发文单位 over `青山区人民政府`)
  // (without the state's name an organ line may print before it, `中华人民共和国国务院新闻办公室`, as a promulgation's organ)
  if (!issuers.length && seg.headingOrgans && !authority?.length) issuers.push(...seg.headingOrgans.flatMap((l) => signedOrgans(view, l).map(withoutIssuerPrefix)))
  // the 版头's 发文机关标志 when the 落款 prints only its date and the title names no organ (`某市人民政府办公室文件` over
  // `印发…的通知`, outside74 04): the letterhead is the issuer's
  if (!issuers.length && seg.letterheads && !authority?.length) issuers.push(...seg.letterheads.flatMap((l) => signedOrgans(view, withoutLetterheadMark(l)).map(withoutIssuerPrefix)))
  // a reposting site's issuer line between printings of the title
  if (!issuers.length && seg.issuerLine) issuers.push(...signedOrgans(view, seg.issuerLine).map((o) => withoutProvince(o, title)))
  // without a 落款 or a title naming one, the office that printed the document (版记) — not over
  // the body a law's history names (a 人大常委会办公厅 prints the law its 常委会 adopted)
  const printedBy = seg.colophon?.printedBy ?? null
  if (!issuers.length && !authority && printedBy && !historyIssuers(read).length) issuers.push(printedBy)
  // (an issuer the title names short, its own portal's stamp crediting it in full: the full name)
  const fullIssuer = !reposted && heading ? fullIssuerFromStamp(view.text, heading.start, seg.addressees?.start, issuers) : null
  if (fullIssuer) issuers.splice(0, issuers.length, fullIssuer)
  // (and the 版头's organ line or 发文机关标志 printing it in full over the title that names it short: `贵阳市人民政府办公厅`
  // over `市人民政府办公厅关于印发…的通知`, outside90 06; `湖北省人民政府文件` over `省人民政府关于…`, outside91 08)
  const headLine = seg.issuerLine ?? (seg.letterheads?.length === 1 ? withoutLetterheadMark(seg.letterheads[0]) : undefined)
  const headOrgans = !fullIssuer && issuers.length === 1 && headLine ? signedOrgans(view, headLine) : []
  // (`常州市人民政府文件` over `市政府关于…的意见`, outside136 08: the title's short form of 人民政府 too)
  if (headOrgans.length === 1 && (isShortName(headOrgans[0], issuers[0]) || namesShortIssuer(issuers[0], headOrgans[0]))) issuers.splice(0, 1, headOrgans[0])
  const history = read.map((h) => h.entry)
  // an interpretation of a quoted document (…解读《…》): a page about a document, not one
  const interpretation = title !== null && !seg.signature && INTERPRETATION.test(title)
  // Where the header prints nothing more specific, the history tells when the text was published
  // (its first 公布/订定/制定), when it took effect (its last 施行) and whether it was repealed.
  const firstOf = (actions: string[]) => history.find((h) => h.date && actions.includes(h.action))?.date ?? null
  const lastOf = (action: string) => history.filter((h) => h.date && h.action === action).pop()?.date ?? null
  return {
    title,
    docType: interpretation
      ? null
      : title
        ? (issuingTitleGenre(title) ?? genreOf(title) ?? genreWithin(title) ?? genreFromOpening(opening(seg)))
        : ((seg.issuedAs ? issuedNameGenre(seg.issuedAs) : null) ?? bodyGenre(seg) ?? labelledGenre(byField.genre?.value)),
    issuers: (issuers.length ? issuers : ((reposted || interpretation ? undefined : umbrellaOr(authority, historyIssuers(read))) ?? historyIssuers(read)))
      ?.map(writtenOutIssuer)
      .flatMap((o) => unmaskedOrgan(o) ?? []),
    ...(authority ? { authority } : {}),
    docNumber,
    // (a site's 发文日期 is its 成文日期 under another label; it only stands in when neither is printed)
    signedDate:
      (signsTitle ? sigDate : null) ??
      date('signedDate') ??
      sigDate ??
      (reposted || interpretation ? null : date('dispatchDate')) ??
      (seg.docNumberDate ? parseFullDate(seg.docNumberDate.text) : null) ??
      (seg.titleDate ? parseFullDate(seg.titleDate.text) : null),
    publishedDate:
      (reposted || loneStamp ? null : date('publishedDate')) ??
      firstOf(['公布', '订定', '制定']) ??
      // (a law site's `1990年3月10日,铁道部` under the title: the day the department issued the rule)
      (seg.datedIssuerLine ? parseFullDate(datedIssuerDate(seg.datedIssuerLine.text)!) : null) ??
      // (the issuer's own portal: its stamp under the title, crediting the issuer as the source — not on a site whose
      // own name another organ's line prints over the title: `洛阳市农业农村局` over the city government's 实施意见, its
      // stamp crediting the city as source the bureau's posting of it, outside108 06)
      (reposted || !heading || otherOrganSite(view.text, heading.start, issuers) ? null : issuerPortalStamp(view, seg, heading, issuers)) ??
      // (or an organ's own site, named by its welcome line over the title, its stamp crediting no source, outside207 01)
      (reposted || !heading ? null : bannerStamp(view.text, seg, heading, issuers)) ??
      // (or a government's gazette, its masthead over the title: its stamp crediting no other source, outside237 04)
      (reposted || !heading ? null : gazetteStamp(view, seg, heading, issuers)) ??
      // (or its label block naming the issuer as the publishing organ, short or in full: `发布机构: 市政府办公厅` beside
      // `发布时间: 2020-09-15 14:50` over a notice of 贵阳市人民政府办公厅, outside90 06)
      (reposted || !seg.header ? null : ownLabelBlockDate(seg.header, issuers)),
    effectiveDate: date('effectiveDate') ?? lastOf('施行'),
    level: byField.level?.value ?? null,
    status: byField.status?.value ?? seg.validityMark ?? (history.some((h) => h.action === '废止') ? '已废止' : null),
    subject: byField.subject?.value ?? null,
    indexNumber: byField.indexNumber?.value ?? null,
    header: seg.header ? { form: seg.header.form, fields: seg.header.fields, position: view.position(seg.header.start, seg.header.end) } : null,
    ...(history.length ? { history } : {}),
    ...(seg.colophon ? { copyTo: seg.colophon.copyTo, printedBy, printedDate: seg.colophon.printedDate } : {}),
  }
}

/**
 * The publication date a site's label block prints (`发布时间`, `网站发布`) when its publishing organ (grammars/header-labels.json
 * catalogueTime.publishingOrgans: 发布机构) is the document's one issuer, in full or without its place, `人民政府` perhaps printed `政府` (`市政府办公厅`
 * for 贵阳市人民政府办公厅): the block is the issuer's own portal's.
 */
function ownLabelBlockDate(header: NonNullable<Segment['header']>, issuers: readonly string[]): string | null {
  const organ = PUBLISHING_ORGAN_LABELS.find((l) => header.fields[l])
  const plain = (name: string) => name.replace('人民政府', '政府')
  if (!organ || issuers.length !== 1 || !creditsIssuer([plain(issuers[0])], plain(header.fields[organ]))) return null
  const label = CATALOGUE_TIME_LABELS.find((l) => header.fields[l])
  return label ? (parseFullDate(header.fields[label]) ?? leadingDate(header.fields[label])) : null
}

/** Endings of a database's 发布部门 that name a congress and its standing committee together (grammars/history.json). */
const UMBRELLA_AUTHORITIES: readonly string[] = historyGrammar.issuer.umbrellaAuthorities
/** The label's authority, unless it names a congress with its standing committee and the history names the adopting body. */
function umbrellaOr(authority: string[] | undefined, adopted: string[]): string[] | undefined {
  return authority?.length === 1 && adopted.length > 0 && UMBRELLA_AUTHORITIES.some((e) => authority[0].endsWith(e)) ? adopted : authority
}

/** A 发文机关标志 line without its closing `文件`: the organ it names (`湖北省人民政府文件` → `湖北省人民政府`). */
// (an upward document's 版头 may print the organ alone, no 文件 after it: outside116 07)
const withoutLetterheadMark = (l: Line): Line => (l.text.endsWith(LETTERHEAD_MARK) ? { ...l, end: l.end - LETTERHEAD_MARK.length, text: l.text.slice(0, -LETTERHEAD_MARK.length) } : l)

const ADDRESSEE_CUT = codeSet('，、：；')

/** 主送机关 split into units (`end` excluded): `各区委、区政府，各新区党工委、管委会，市委各部委办：` */
export function splitAddressees(view: MappedText, start: number, end: number): Unit[] {
  const t = view.text
  const out: Unit[] = []
  for (const [s, e] of splitOutsideBrackets(t, new Brackets(t, start, end), start, end, ADDRESSEE_CUT)) {
    const name = t.slice(s, e).trim()
    if (name) out.push({ name, kind: /^各|各|所属|有关/.test(name) ? 'collective' : 'organ', position: view.position(s, e) })
  }
  return out
}
