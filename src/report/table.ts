import type { ResponsibilityRow } from '../schema/task.js'
import { escapeHtml } from './escape.js'

/** Role columns of the report's table: the row field, its heading and the role kind it holds. */
export const ROLE_COLUMNS = [
  { field: 'lead', heading: '牵头', role: 'lead' },
  { field: 'responsible', heading: '责任', role: 'responsible' },
  { field: 'participants', heading: '参与/配合', role: 'participant' },
  { field: 'leaders', heading: '牵头领导', role: 'leader' },
  { field: 'assessors', heading: '考核', role: 'assessor' },
] as const

/** ISO dates a deadline label holds (`2015-06-30`, `2015-01-01..2015-12-31`), for date filters. */
export function labelDates(label: string): string[] {
  return label.match(/\d{4}-\d{2}-\d{2}/g) ?? []
}

/**
 * The responsibility table as HTML. What the page filters on is in the markup: each unit a
 * `span.chip.role-<role>`, each row `data-dates` (ISO dates) and `data-line` (the clause's line),
 * each cell `data-sort`, so sorting and filtering need no JSON.
 * @example responsibilityTableHtml(responsibilityTable(doc)) // '<table class="tasks">…'
 */
export function responsibilityTableHtml(rows: ResponsibilityRow[], mainTitle?: string | null): string {
  const units = new Set<string>()
  for (const r of rows) for (const c of ROLE_COLUMNS) for (const u of r[c.field] ?? []) units.add(u)
  // A role no row fills gets no column (the row keeps its data-* for filtering).
  const columns = ROLE_COLUMNS.filter((c) => rows.some((r) => (r[c.field] ?? []).length > 0))
  // The document's name under a task only when the rows come from several documents.
  const severalDocuments = new Set(rows.map((r) => r.document ?? mainTitle)).size > 1
  const head = [
    `<th data-col="path">条目</th>`,
    `<th data-col="title">任务</th>`,
    ...columns.map((c) => `<th data-col="${c.field}" class="role-${c.role}-head">${c.heading}</th>`),
    `<th data-col="deadlines">时限</th>`,
    `<th data-col="line">行</th>`,
  ].join('')
  const body = rows.map((r, i) => {
    const line = r.position?.start.line
    const dates = r.deadlines.flatMap(labelDates)
    const attrs = [`data-index="${i}"`, `data-dates="${dates.join(' ')}"`, line !== undefined ? `data-line="${line}"` : ''].filter(Boolean)
    const cell = (sort: string, html: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''} data-sort="${escapeHtml(sort)}">${html}</td>`
    const unitCell = (list: string[], role: string) => cell(list.join('、'), list.map((u) => `<span class="chip role-${role}">${escapeHtml(u)}</span>`).join(''))
    const path = r.path.join('/')
    return `<tr ${attrs.join(' ')}>${[
      cell(r.path.map((p) => p.padStart(6, ' ')).join('/'), line !== undefined ? `<a href="#L${line}">${escapeHtml(path)}</a>` : escapeHtml(path), 'path'),
      cell(r.title, escapeHtml(r.title) + (severalDocuments && r.document && r.document !== mainTitle ? `<div class="sub">${escapeHtml(r.document)}</div>` : ''), 'title'),
      ...columns.map((c) => unitCell(r[c.field] ?? [], c.role)),
      cell(dates[0] ?? '9999', r.deadlines.map((d) => `<span class="due">${escapeHtml(d)}</span>`).join(' ')),
      cell(String(line ?? 0).padStart(7, '0'), line !== undefined ? String(line) : ''),
    ].join('')}</tr>`
  })
  const options = [...units]
    .sort((a, b) => a.localeCompare(b, 'zh'))
    .map((u) => `<option value="${escapeHtml(u)}"></option>`)
    .join('')
  const roleOptions = ROLE_COLUMNS.map((c) => `<option value="${c.role}">${c.heading}</option>`).join('')
  return `<div class="filters">
<label>单位 <input id="f-unit" list="f-units" placeholder="全部单位" autocomplete="off"></label><datalist id="f-units">${options}</datalist>
<label>角色 <select id="f-role"><option value="">全部角色</option>${roleOptions}</select></label>
<label>时限自 <input id="f-from" type="date"></label><label>至 <input id="f-to" type="date"></label>
<span id="f-count">${rows.length} / ${rows.length}</span>
</div>
<table class="tasks" id="tasks"><thead><tr>${head}</tr></thead><tbody>
${body.join('\n')}
</tbody></table>`
}
