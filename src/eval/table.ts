import type { Table, TableRow, Root } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { Field } from './compare.js'
import type { EvalReport } from './evaluate.js'
import type { Score } from './metrics.js'

/** Column labels of the fields. */
const LABEL: Record<Field, string> = {
  title: 'title',
  docType: 'docType',
  docNumber: 'docNumber',
  signedDate: 'signed',
  publishedDate: 'published',
  issuers: 'issuers',
  roles: 'roles',
  deadlines: 'deadlines',
  stages: 'stages',
  printedDate: 'printed',
  printedBy: 'printedBy',
  copyTo: 'copyTo',
  history: 'history',
}

const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(3))

/** Rows of the overall table: one per field. */
function overallRows(report: EvalReport): string[][] {
  const head = ['field', 'gold', 'parsed', 'matched', 'precision', 'recall', 'F1']
  const rows = report.fields.map((f) => {
    const s: Score = report.overall[f]
    return [LABEL[f], String(s.tp + s.fn), String(s.tp + s.fp), String(s.tp), ratio(s.precision), ratio(s.recall), ratio(s.f1)]
  })
  return [head, ...rows]
}

/** Rows of the per-document table: F1 per field, `—` where the document has nothing to score. */
function fileRows(report: EvalReport): string[][] {
  const head = ['document', ...report.fields.map((f) => LABEL[f])]
  return [head, ...report.files.map((r) => [r.error ? `${r.name} (error)` : r.name, ...report.fields.map((f) => ratio(r.fields[f].f1))])]
}

/** Display width in a terminal: East Asian wide and full-width characters take two columns. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1
  return w
}

function aligned(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))))
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c))
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n')
}

/**
 * The report as plain text: the overall table (micro-averaged over all documents), then F1 per
 * document, then errors if any.
 *
 * @example
 * process.stdout.write(formatText(evaluate('test/gold')))
 */
export function formatText(report: EvalReport): string {
  const errors = report.files.filter((r) => r.error).map((r) => `error in ${r.name}: ${r.error}`)
  return (
    [`Overall (micro-averaged over ${report.files.length} documents)`, aligned(overallRows(report)), '', 'F1 per document', aligned(fileRows(report)), ...(errors.length ? ['', ...errors] : [])].join(
      '\n',
    ) + '\n'
  )
}

function mdTable(rows: string[][]): Table {
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [{ type: 'text', value: c }] })) })
  return { type: 'table', align: rows[0].map((_, i) => (i === 0 ? 'left' : 'right')), children: rows.map(row) }
}

/**
 * The report as GitHub-flavoured Markdown (two tables), built as an mdast tree and serialized
 * with mdast-util-to-markdown, ready to paste into the README.
 *
 * @example
 * writeFileSync('eval.md', formatMarkdown(evaluate('test/gold')))
 */
export function formatMarkdown(report: EvalReport): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `Overall (micro-averaged over ${report.files.length} documents)` }] }] },
      mdTable(overallRows(report)),
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'F1 per document' }] }] },
      mdTable(fileRows(report)),
    ],
  }
  return toMarkdown(tree, { extensions: [gfmToMarkdown()] })
}
