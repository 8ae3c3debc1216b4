/**
 * The marker-line sweep of one document (issue #11): every line that starts with a marker-shaped
 * token (一、 （一） 1. 1、 （1） ① ⑴ ⒈ 第三条 …) either opens a clause of the parsed tree (a clause's
 * position starts on it) or falls in a named class; the rest is `unexplained`. Used by
 * scripts/sweep-marker-lines.ts (whole corpus) and test/structure/sweep-level.test.ts.
 */
import type { PolicyDocument } from '../../src/index.js'

export const OPENS = 'opens a clause'
export const UNEXPLAINED = 'unexplained'

const CN = '一二三四五六七八九十百零〇两'
export const MARKER_SHAPED = new RegExp(`^(?:第\\s*[${CN}\\d]+\\s*[编章节条條]|[${CN}]{1,3}[、.．]|[（(][${CN}\\d０-９]{1,3}[）)]|[\\d０-９]{1,3}[.．、﹒)）]|[①-⑳⑴-⒇⒈-⒛㈠-㈩●■◆▲★◇□])`)

/** Named classes, tried in order on the trimmed line; `ctx` says where the line stands. */
export const CLASSES: Array<[string, (line: string, ctx: { beforeFirst: boolean; afterLast: boolean; inBox: boolean; inAttachments: boolean }) => boolean]> = [
  ['header / preamble (before the first clause)', (_l, c) => c.beforeFirst],
  ['after the last clause (signature, attachment list, site link list)', (_l, c) => c.afterLast],
  // (the notice's 附件说明 the parser read as attachments, before the attached documents' own clauses: central_042)
  ["attachment list (附件说明) read as the document's attachments", (_l, c) => c.inAttachments],
  ['box content (专栏)', (_l, c) => c.inBox],
  [
    'cross-reference (第三条规定…, （一）项所列)',
    (l) => new RegExp(`^第\\s*[${CN}\\d]+\\s*[条條款项項](?:之[${CN}]+)?\\s*(?:[的规規所至第及和或与與、，,中]|$)`).test(l) || /^[（(][^）)]{1,3}[）)][项款項]/.test(l),
  ],
  [
    'number or measure (10.3%, 0.99, 1.5亿元)',
    (l) => /^[\d０-９]{1,3}[.．][\d０-９]+\s*(?:[%％‰万亿元倍个吨米]|[A-Za-z]|[\d０-９]|$|[，。、；\s])/.test(l) && !/^[\d]{1,2}[.．](?:19|20)\d\d年/.test(l),
  ],
  ['amendment history (…條條文, …號令)', (l) => /[条條]条文|[條条]條文|[号號]令|修正[发發]布/.test(l)],
  ['attachment file name (….doc, .xlsx, .pdf)', (l) => /\.(docx?|xlsx?|pdf|wps|zip|rar)\s*$/i.test(l)],
  ['grade list (一、二级道路客运站, 二、三级防制区)', (l) => /^[一二三四五六七八九十]、[一二三四五六七八九十]{1,2}[级級等类類]/.test(l)],
  ['article-number list of an amendment (1、859-1～859-5…條)', (l) => /^\d+(?:-\d+)?\s*[、～]\s*\d+(?:-\d+)?/.test(l) && /[條条項项節节]/.test(l)],
  ['Chinese-numeral decimal (九九．五, 四．五公尺)', (l) => /^[一二三四五六七八九〇○]+[．.][一二三四五六七八九〇○]/.test(l)],
  ['table of contents (……12)', (l) => /(…{2,}|\.{4,}|·{4,})\s*\d+\s*$/.test(l)],
  ['table row (tabs, spaced columns, |)', (l) => /\t|\|| {2,}\S+ {2,}|　{2,}/.test(l.trim())],
  ['inline list (1、2、3)', (l) => new RegExp(`^[${CN}\\d]{1,3}[、.][${CN}\\d]{1,3}[、.]`).test(l)],
  ['marker only / bare number (a page number or a lost line)', (l) => l.replace(/\s/g, '').length <= 4],
]

function markerStarts(doc: PolicyDocument, out: Set<number>, first: { at: number; last: number }): void {
  const walk = (nodes: PolicyDocument['clauses']) => {
    for (const c of nodes) {
      const s = c.position?.start.offset
      if (s !== undefined) {
        out.add(s)
        if (s < first.at) first.at = s
        if (c.position!.end.offset! > first.last) first.last = c.position!.end.offset!
      }
      walk(c.children.filter((x): x is (typeof nodes)[number] => x.type === 'clause'))
    }
  }
  walk(doc.clauses)
  for (const d of doc.documents) markerStarts(d, out, first)
}

/** The lines of the attachment list (附件说明) the parser read, in the document and its nested ones: [start of line, end). */
function attachmentSpans(doc: PolicyDocument): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const a of doc.attachments) {
    const s = a.position?.start.offset
    const e = a.position?.end.offset
    // (the marker opening the line stands before the attachment's name)
    if (s !== undefined && e !== undefined) out.push([Math.max(0, s - 4), e])
  }
  for (const d of doc.documents) out.push(...attachmentSpans(d))
  return out
}

const BOX = /^专栏\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})/

export interface MarkerLine {
  cls: string
  /** 1-based line number. */
  line: number
  text: string
}

/** Classify every marker-shaped line of `text`, given the parsed document. */
export function classifyMarkerLines(text: string, doc: PolicyDocument): MarkerLine[] {
  const starts = new Set<number>()
  const first = { at: Infinity, last: -1 }
  markerStarts(doc, starts, first)
  const attachments = attachmentSpans(doc)
  const out: MarkerLine[] = []
  let inBox = false
  let lineNo = 0
  for (let ls = 0; ls <= text.length; ) {
    const nl = text.indexOf('\n', ls)
    const le = nl === -1 ? text.length : nl
    lineNo++
    const raw = text.slice(ls, le)
    const line = raw.trim()
    const at = ls + raw.length - raw.trimStart().length
    if (BOX.test(line)) inBox = true
    const opens = starts.has(at) || starts.has(at + 1)
    if (opens) inBox = false
    if (MARKER_SHAPED.test(line)) {
      const inAttachments = attachments.some(([a, b]) => at >= a && at < b)
      const cls = opens ? OPENS : (CLASSES.find(([, test]) => test(line, { beforeFirst: at < first.at, afterLast: first.last >= 0 && at >= first.last, inBox, inAttachments }))?.[0] ?? UNEXPLAINED)
      out.push({ cls, line: lineNo, text: line.slice(0, 70) })
    }
    ls = le + 1
  }
  return out
}
