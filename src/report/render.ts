import type { PolicyDocument } from '../schema/document.js'
import type { Clause } from '../schema/clause.js'
import { responsibilityTable } from '../emit/table.js'
import { escapeHtml } from './escape.js'
import { highlightText, type MarginNote } from './highlight.js'
import { roleMarks } from './marks.js'
import { responsibilityTableHtml } from './table.js'
import { documentDate, stageBands, timelineSvg } from './timeline.js'

/** A validation finding, as far as the report needs one (validate()'s Finding fits). */
export interface ReportFinding {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  position?: { start: { line: number } }
}

export interface RenderOptions {
  /** ISO date of the timeline's "today" line. */
  today: string
  /** Findings of validate(), marked in the margin beside the parser's diagnostics. */
  findings?: ReportFinding[]
  /** Shown as the report's file name. */
  file?: string
}

/** The clause tree as nested lists of links to the clauses' lines. */
export function clauseNav(doc: PolicyDocument): string {
  const item = (c: Clause): string => {
    const label = `${c.marker} ${c.heading ?? c.text.slice(0, 24)}`
    const kids = c.children.length ? `<ul>${c.children.map(item).join('')}</ul>` : ''
    return `<li><a href="#L${c.position.start.line}" title="${escapeHtml(c.path.join('/'))}">${escapeHtml(label.trim())}</a>${kids}</li>`
  }
  const docs = (d: PolicyDocument, depth: number): string => {
    const own = d.clauses.length ? `<ul>${d.clauses.map(item).join('')}</ul>` : ''
    const nested = d.documents.map((n) => `<div class="nested"><a href="#L${n.position?.start.line ?? 1}">${escapeHtml(n.meta.title ?? '附件')}</a>${docs(n, depth + 1)}</div>`).join('')
    return own + nested
  }
  return docs(doc, 0)
}

/** Margin notes: the parser's diagnostics and the validation findings, by line. */
function marginNotes(doc: PolicyDocument, findings: ReportFinding[]): MarginNote[] {
  const notes: MarginNote[] = []
  const walk = (d: PolicyDocument) => {
    for (const g of d.diagnostics) if (g.position) notes.push({ line: g.position.start.line, severity: g.severity, text: `${g.code}: ${g.message}` })
    d.documents.forEach(walk)
  }
  walk(doc)
  for (const f of findings) if (f.position) notes.push({ line: f.position.start.line, severity: f.severity === 'error' ? 'error' : 'warning', text: `${f.ruleId}: ${f.message}` })
  return notes
}

const ROLE_LEGEND: Array<[string, string]> = [
  ['lead', '牵头'],
  ['responsible', '责任'],
  ['participant', '参与/配合'],
  ['leader', '牵头领导'],
  ['assessor', '考核'],
]

/**
 * The report of one document (everything inside the page's `<main>`): heading, timeline,
 * responsibility table, findings, and the highlighted text beside the clause tree.
 * `text` is the decoded source the document's positions point into.
 * @example renderReport(parse(text), text, { today: '2026-01-01' })
 */
export function renderReport(doc: PolicyDocument, text: string, options: RenderOptions): string {
  const rows = responsibilityTable(doc)
  const findings = options.findings ?? []
  const marks = roleMarks(doc)
  const date = documentDate(doc)
  const meta = [
    doc.meta.docType,
    doc.meta.docNumber?.normalized,
    doc.meta.issuers.join('、') || undefined,
    date ? `成文 ${date}` : undefined,
    doc.meta.period ? `规划期 ${doc.meta.period.raw}` : undefined,
  ].filter(Boolean)
  const counts = `${rows.length} 项任务 · ${stageBands(doc).length} 个阶段 · ${marks.filter((m) => m.kind === 'unit').length} 处单位 · ${marks.filter((m) => m.kind === 'deadline').length} 处时限`
  const findingList = findings.length
    ? `<ul class="findings">${findings
        .map(
          (f) =>
            `<li class="${f.severity === 'error' ? 'error' : 'warning'}">${f.position ? `<a href="#L${f.position.start.line}">${f.position.start.line}</a> ` : ''}<b>${escapeHtml(f.ruleId)}</b> ${escapeHtml(f.message)}</li>`,
        )
        .join('')}</ul>`
    : '<p class="empty">没有发现问题。</p>'
  const legend = ROLE_LEGEND.map(([r, l]) => `<span class="chip role-${r}">${l}</span>`).join('') + '<mark class="deadline legend">时限</mark>'
  return `<header>
<h1>${escapeHtml(doc.meta.title ?? options.file ?? '（无标题）')}</h1>
<p class="meta">${meta.map((m) => escapeHtml(String(m))).join(' · ')}${options.file ? ` · <code>${escapeHtml(options.file)}</code>` : ''}</p>
<p class="meta counts">${counts}</p>
</header>
<section id="timeline-section"><h2>时间轴</h2>${timelineSvg(doc, { today: options.today })}</section>
<section id="table-section"><h2>责任分工</h2>${rows.length ? responsibilityTableHtml(rows, doc.meta.title) : '<p class="empty">没有分工到单位的任务。</p>'}</section>
<section id="findings-section"><h2>检查结果</h2>${findingList}</section>
<section id="text-section"><h2>原文</h2><div class="legend">${legend}</div>
<div class="reader"><nav class="clauses">${clauseNav(doc)}</nav><div class="text" id="text">${highlightText(text, marks, marginNotes(doc, findings))}</div></div>
</section>`
}
