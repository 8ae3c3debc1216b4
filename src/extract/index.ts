import effective from '../../grammars/time/effective.json' with { type: 'json' }
import type { ClauseNode, DocumentNode, ParagraphNode, RootNode } from '../tree/types.js'
import { extractReferences } from './references/index.js'
import { extractTasks } from './tasks.js'
import { jurisdictionFromIssuer, jurisdictionFromTitle, type Jurisdiction } from './roles/index.js'
import {
  effectiveDates,
  fullTextEffective,
  namesParentLaw,
  nounYearsOf,
  planPeriodFromTitle,
  scanTime,
  signingDateAtEnd,
  deliveryDateline,
  STANDING_MIN_ARTICLES,
  titleYearOf,
  yearContextOf,
  editionYearOf,
  revisionYearOf,
  isCaseReport,
  isNarrativeGenre,
  isNarrativeTitle,
  preambleYearOf,
} from './time/index.js'
import { stagesOf, timeIn, type TimeOptions } from './clause-time.js'
import { CUES_UNREAD, timeCue, type RangeCues } from './range-cues.js'
import { reviewSpans, yearAfterReview } from './time/review-sections.js'
import { asOtherEvent, setsTarget } from './time/document-time.js'
import { quotedTitles } from './quoted-titles.js'
import { SpanSet } from '../text/spans.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import type { Deadline, TimeEvent } from '../schema/time.js'

/** Context a nested document takes from the document that issues it. */
interface Inherited {
  jurisdiction?: Jurisdiction
  documentDate?: string
  publishedDate?: string
  planYear?: number
}

// The words an effective-date sentence holds (grammars/time/effective.json): verbs and validity.
const EFFECT_CUE = new RegExp([...effective.effectiveVerbs, ...effective.validity].join('|'), 'g')

/**
 * Only the sentences that can state when a document takes effect or expires (a cue word in
 * them), joined: the effective-date grammar then reads a few hundred characters, not the whole.
 */
function effectSentences(text: string, from: number, until: number): string {
  const out: string[] = []
  let covered = from
  for (const cue of text.slice(from, until).matchAll(EFFECT_CUE)) {
    const cueAt = from + cue.index
    if (cueAt < covered) continue
    let start = cueAt
    while (start > from && cueAt - start < 200 && !'。；\n'.includes(text[start - 1])) start--
    let end = cueAt
    while (end < until && end - cueAt < 200 && !'。；\n'.includes(text[end])) end++
    out.push(text.slice(start, Math.min(until, end + 1)))
    covered = end + 1
  }
  return out.join('\n')
}

/** The text of a document's own paragraphs before its first clause or nested document. */
function preambleText(doc: DocumentNode, view: MappedText): string {
  let text = ''
  for (const node of doc.children) {
    if (node.type !== 'paragraph') break
    text += view.text.slice(node.data.start, node.data.end) + '\n'
  }
  return text
}

/** The one year a title names (titleYearOf), unless the title reads it as a deadline (2030年前碳达峰). */
function titlePlanYear(title: string | null | undefined): number | undefined {
  const year = titleYearOf(title)
  // (the year of a revision, `…应急预案(2014年修订)`, is the text's, not its work's: `降水常集中在7月下旬` is no 2014 date)
  if (year !== undefined && revisionYearOf(title) === year) return undefined
  return year !== undefined && !scanTime(title!).matches.some((m) => m.deadline.kind === 'due') ? year : undefined
}

/**
 * The year of the works a text names by title (《2009年环保专项行动工作总结》), when its titles name
 * no other. Only titles: a year before a verb is an event's (对2020年已达标的街镇…).
 */
function soleNounYear(text: string, from: number, until: number): number | undefined {
  const titles = new SpanSet(quotedTitles(text, from, until))
  const years = new Set(
    nounYearsOf(text, from, until)
      .filter((y) => titles.has(y.index))
      .map((y) => y.year),
  )
  return years.size === 1 ? years.values().next().value : undefined
}

/** meta.period from the title (`（2013-2022年）`) and effective/expiry dates from the text. */
function datesOf(doc: DocumentNode, view: MappedText, diags: Diagnostics, parent: Inherited): TimeOptions {
  const meta = doc.data.meta
  const seg = doc.data.segment
  // the 版记's 印发 date dates a document that prints no other (年底前 then resolves)
  // …or the day alone on one of its last lines, in Chinese numerals (a 落款 whose name line was lost)
  const ownEnd = doc.children.find((c) => c.type === 'document')?.data.start ?? seg.end
  // a law printed with its amendment history speaks from its last amendment, not its first
  // publication: 本法2022年11月29日修正之条文施行前 is past, an amendment, not a due date
  const amended = meta.history?.reduce<string | null>((last, h) => (h.date && (!last || h.date > last) ? h.date : last), null)
  const documentDate =
    meta.signedDate ?? amended ?? meta.publishedDate ?? meta.printedDate ?? signingDateAtEnd(view.text, seg.start, ownEnd) ?? parent.documentDate ?? deliveryDateline(view.text, seg.start, ownEnd)
  const publishedDate = meta.publishedDate ?? parent.publishedDate
  if (meta.title) {
    const plan = planPeriodFromTitle(meta.title)
    if (plan) {
      const titleSpan = seg.title
      const contiguous = titleSpan && view.text.slice(titleSpan.start, titleSpan.end) === meta.title
      meta.period = { ...plan.period, ...(contiguous ? { position: view.position(titleSpan.start + plan.index, titleSpan.start + plan.end) } : {}) }
      for (const diagnostic of plan.diagnostics)
        diags.add(
          view,
          diagnostic.severity,
          diagnostic.code,
          diagnostic.message,
          contiguous ? titleSpan.start + diagnostic.index : undefined,
          contiguous ? titleSpan.start + diagnostic.end : undefined,
        )
    }
  }
  const eff = effectiveDates(effectSentences(view.text, seg.start, ownEnd), { documentDate, publishedDate })
  if (!meta.effectiveDate && eff.effectiveDate) meta.effectiveDate = eff.effectiveDate
  if (eff.expiryDate) meta.expiryDate = eff.expiryDate
  // a dateless notice of one year's plan (…关于印发2021年重点工作责任分工的通知, its 落款 cut) dates
  // its yearless deadlines by the year its title names (not a target: 2030年前碳达峰…)
  // …or, with no title year either, by the year its opening says it decided to act in (我镇决定于2020年创建…),
  // or by the one year the titles it names carry (要于7月15日前报… 将《2005年环保专项行动工作总结》报送)
  // (a period's first year, unless the document is dated later: a 十三五 plan's notice dated 2017-06-28 asks for comments
  // `于6月29日12:00前`, in 2017 — outside164 05)
  const periodYear = meta.period?.start ? Math.max(Number(meta.period.start.slice(0, 4)), documentDate ? Number(documentDate.slice(0, 4)) : 0) : undefined
  const planYear = periodYear ?? parent.planYear ?? (documentDate ? undefined : (titlePlanYear(meta.title) ?? preambleYearOf(preambleText(doc, view))))
  // The titles' one year costs a pass of the time readers over the whole document, and only a
  // yearless date with no year before it in its clause asks for a plan year: worked out then, once.
  let nounYear: { year: number | undefined } | undefined
  const planYearOf = planYear == null && !meta.period?.start && parent.planYear == null && !documentDate ? () => (nounYear ??= { year: soleNounYear(view.text, seg.start, ownEnd) }).year : undefined
  // a text with no date of its own (a work report) is read against the year its title names:
  // 今年 is that year, earlier years are past
  let years: { textYear?: number; yearOfWork?: boolean } = documentDate ? {} : yearContextOf(meta.title, meta.docType)
  // the review sections (一、2022年工作回顾): their dates up to the reviewed year are told, not set
  let reviews = reviewSpans(doc, { documentDate, textYear: years.textYear })
  // a text dated by nothing but its review (一、2022年…取得显著成效, a yearly report that lost its title) speaks
  // from the year after it: earlier dates are past, and its plan's yearless dates are of that year
  const afterReview = documentDate || years.textYear || planYear != null || meta.period?.start ? undefined : yearAfterReview(reviews)
  if (afterReview) {
    years = { textYear: afterReview }
    reviews = reviewSpans(doc, { textYear: afterReview })
  }
  const referenceDate = documentDate ?? (years.textYear ? `${years.textYear}-01-01` : undefined)
  // (自本辦法施行之日起 counts from the text's own 施行, not from a later partial amendment's)
  const effectiveDate = fullTextEffective(meta.history) ?? meta.effectiveDate ?? undefined
  const editionYear = editionYearOf(meta.title)
  // (a dateless plan speaks from its period's start: a review of the last period is past)
  const periodStart = !documentDate && meta.period?.start ? meta.period.start : undefined
  return {
    documentDate,
    publishedDate,
    effectiveDate,
    ...(namesParentLaw(view.text.slice(seg.start, ownEnd)) ? { parentLaw: true } : {}),
    planYear: planYear ?? afterReview,
    planYearOf: afterReview ? undefined : planYearOf,
    referenceDate,
    ...years,
    ...(editionYear ? { editionYear } : {}),
    ...(periodStart ? { periodStart } : {}),
    ...(isNarrativeGenre(meta.docType) || isNarrativeTitle(meta.title) ? { narrative: true } : {}),
    // a court case (基本案情 ⏎ …) tells its facts: their dates are no due dates
    ...(isCaseReport(view.text.slice(seg.start, ownEnd)) ? { caseReport: true } : {}),
    standing: articleCount(doc.children) >= STANDING_MIN_ARTICLES,
    ...(reviews.length ? { reviews } : {}),
  }
}

/** Article clauses (第X条) of a document's own body, under its 编 / 章 / 节 (not in nested documents). */
function articleCount(nodes: DocumentNode['children'] | ClauseNode['children']): number {
  let count = 0
  for (const node of nodes) if (node.type === 'clause') count += node.style === 'article' ? 1 : articleCount(node.children)
  return count
}

function jurisdictionOf(doc: DocumentNode, parent: Inherited): Jurisdiction {
  const meta = doc.data.meta
  for (const source of [meta.issuers, meta.authority ?? []]) {
    const jurisdiction = jurisdictionFromIssuer(source)
    if (jurisdiction.level !== 'unknown') return jurisdiction
  }
  if (meta.title) {
    const jurisdiction = jurisdictionFromTitle(meta.title)
    if (jurisdiction.level !== 'unknown') return jurisdiction
  }
  return parent.jurisdiction ?? { level: 'unknown' }
}

/**
 * Extract. For every document, outermost first: metadata (plan period, effective dates), cited
 * documents, then tasks (roles per clause, with document rules carried in order and section roles
 * inherited by items). Writes onto the tree's nodes; diagnostics go to `diags`.
 */
export function extractDocuments(tree: RootNode, view: MappedText, diags: Diagnostics, referenceDate?: string): void {
  const visit = (doc: DocumentNode, parent: Inherited) => {
    const jurisdiction = jurisdictionOf(doc, parent)
    const dates = datesOf(doc, view, diags, parent)
    if (referenceDate) dates.referenceDate = referenceDate
    const { stages, headings } = stagesOf(doc, view, dates)
    doc.data.stages = stages
    const ownEnd = doc.children.find((c) => c.type === 'document')?.data.start ?? doc.data.segment.end
    doc.data.references = extractReferences(view, doc.data.segment.start, ownEnd)
    // (the paragraphs' one cue pass, read by their role reading in extractTasks and their time reading below)
    const paragraphCues = new Map<ParagraphNode, RangeCues>()
    const outsideParagraphs = new Set<ParagraphNode>()
    doc.data.tasks = extractTasks(doc, {
      view,
      diags,
      jurisdiction,
      rules: {},
      ...(dates.caseReport ? { caseReport: true } : {}),
      outsideParagraphs,
      paragraphCues,
      time: (from, until, cues) => timeIn(view, diags, from, until, dates, headings, timeCue(cues ?? CUES_UNREAD)),
    })
    // the preamble and the closing are no clause's: their dates are read, kept apart from tasks
    const documentTime = { deadlines: [] as Deadline[], events: [] as TimeEvent[] }
    // (the task of the text outside every clause, path [], takes its own paragraphs' deadlines: read once, here)
    const outsideTask = outsideParagraphs.size ? doc.data.tasks.find((task) => task.path.length === 0) : undefined
    for (const paragraph of doc.children) {
      if (paragraph.type !== 'paragraph') continue
      const found = timeIn(view, diags, paragraph.data.start, paragraph.data.end, dates, headings, timeCue(paragraphCues.get(paragraph) ?? CUES_UNREAD))
      if (outsideTask && outsideParagraphs.has(paragraph)) for (let k = 0; k < found.deadlines.length; k++) outsideTask.deadlines.push(found.deadlines[k])
      // (indexed: most paragraphs give timeIn's one frozen empty value, and for…of over it builds an iterator)
      // (outside a clause a date is due only where a cue sets it: a stamp, a cover date or a narrated year is an event)
      for (let k = 0; k < found.deadlines.length; k++) {
        const deadline = found.deadlines[k]
        if (setsTarget(deadline, view.source.text)) documentTime.deadlines.push(deadline)
        else documentTime.events.push(asOtherEvent(deadline))
      }
      for (let k = 0; k < found.events.length; k++) documentTime.events.push(found.events[k])
    }
    if (documentTime.deadlines.length || documentTime.events.length) doc.data.documentTime = documentTime
    // (built for a document that issues others only: a lazy plan year is worked out here)
    let inherited: Inherited | undefined
    for (const child of doc.children)
      if (child.type === 'document')
        visit(child, (inherited ??= { jurisdiction, documentDate: dates.documentDate, publishedDate: dates.publishedDate, planYear: dates.planYear ?? dates.planYearOf?.() }))
  }
  tree.children.forEach((d) => visit(d, {}))
}
