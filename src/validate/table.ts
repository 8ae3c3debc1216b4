import { z } from 'zod'
import type { Position } from '../schema/position.js'
import type { ResponsibilityRow } from '../schema/task.js'
import { SourceText } from '../text/source.js'
import { readCsv, type CsvField } from './csv.js'
import type { Finding } from './types.js'

/** The columns a responsibility table must have. */
export const REQUIRED_TABLE_COLUMNS = ['path', 'title', 'lead', 'responsible', 'participants', 'leaders', 'deadlines'] as const
/** Columns `gongwen table` also writes, read when present (`line` is the source line, not checked). */
export const OPTIONAL_COLUMNS = ['assessors', 'document', 'line'] as const
export type TableColumn = (typeof REQUIRED_TABLE_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number]

/** Columns holding several values, separated by `、` or `;` in CSV. */
const LIST_COLUMNS = ['lead', 'responsible', 'participants', 'leaders', 'assessors', 'deadlines'] as const
const UNIT_COLUMNS = new Set<string>(['lead', 'responsible', 'participants', 'leaders'])

/** Rule id of schema problems in hand-kept tables (always an error, cannot be turned off). */
export const TABLE_SCHEMA_RULE = 'table-schema'

/** One row of a hand-kept table, with where its values are in the file when known (CSV). */
export interface HandTableRow {
  /** CSV: record number, the header being row 1. JSON: 1-based index in the array. */
  row: number
  value: ResponsibilityRow
  /** Position of each value of each column, in order (CSV only). */
  at?: Partial<Record<TableColumn, Array<Position | undefined>>>
  /** Position of each cell, empty ones too (CSV only). */
  cells?: Partial<Record<TableColumn, Position>>
  /** Position of the row's first cell (CSV only). */
  position?: Position
}

/** A responsibility table kept by hand, read by `readTable()`: its valid rows and its schema problems. */
export interface HandTable {
  type: 'table'
  rows: HandTableRow[]
  /** Schema problems (`table-schema` findings, with row and column). Rows with problems are left out of `rows`. */
  findings: Finding[]
}

/** Splits a multi-value cell on `、`, `;` or `；`, keeping where each value starts in the cell. */
function splitValues(cell: string): Array<{ value: string; offset: number }> {
  const out: Array<{ value: string; offset: number }> = []
  let start = 0
  for (let i = 0; i <= cell.length; i++) {
    const c = cell[i]
    if (i === cell.length || c === '、' || c === ';' || c === '；') {
      const raw = cell.slice(start, i)
      const lead = raw.length - raw.trimStart().length
      const value = raw.trim()
      if (value) out.push({ value, offset: start + lead })
      start = i + 1
    }
  }
  return out
}

/** Splits a path cell `二/（一）/3` (also `›` or `>` between markers). */
function splitPath(cell: string): string[] {
  return cell
    .split(/[/›>]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A unit name as one cell value: short, on one line, without the `，`/`,` that betray a wrong separator. */
const unitValue = z
  .string()
  .refine((s) => !/[，,]/.test(s), { message: 'units are separated by 、 or ;, not by commas' })
  .refine((s) => !/[\r\n]/.test(s), { message: 'a unit name must be on one line' })
  .refine((s) => s.length <= 60, { message: 'longer than 60 characters: not a unit name' })

/** A CSV row after its cells are split into values. */
const CsvRowSchema = z.object({
  path: z.array(z.string()),
  title: z.string().trim().min(1, { message: 'title is empty' }),
  lead: z.array(unitValue),
  responsible: z.array(unitValue),
  participants: z.array(unitValue),
  leaders: z.array(unitValue),
  assessors: z.array(unitValue).optional(),
  deadlines: z.array(z.string()),
  document: z.string().optional(),
})

/** A JSON row, as `gongwen table --format json` writes it (strings are accepted for lists too). */
const listOf = (item: z.ZodType<string, string>) => z.union([z.array(item), z.string().transform((s) => splitValues(s).map((v) => v.value))]).pipe(z.array(item))
const JsonRowSchema = z.object({
  path: z.union([z.array(z.string()), z.string().transform(splitPath)]),
  title: z.string().trim().min(1, { message: 'title is empty' }),
  lead: listOf(unitValue),
  responsible: listOf(unitValue).default([]),
  participants: listOf(unitValue).default([]),
  leaders: listOf(unitValue).default([]),
  assessors: listOf(unitValue).optional(),
  deadlines: listOf(z.string()).default([]),
  document: z.string().optional(),
})

function schemaFinding(message: string, row: number, column?: string, position?: Position): Finding {
  return { ruleId: TABLE_SCHEMA_RULE, severity: 'error', message, row, ...(column ? { column } : {}), ...(position ? { position } : {}) }
}

/**
 * Reads a hand-kept responsibility table: CSV with the header
 * `path,title,lead,responsible,participants,leaders,deadlines` (several values in a cell separated by
 * `、` or `;`), or a JSON array of rows in the same shape. Never throws: problems are findings with
 * the row and column.
 *
 * @example
 * const t = readTable('path,title,lead,responsible,participants,leaders,deadlines\n1,健全依法决策机制,区政府办公室,,区法制办,,2015年6月底前\n', 'csv')
 * t.rows[0].value.participants // ['区法制办']
 */
export function readTable(text: string, format: 'csv' | 'json'): HandTable {
  return format === 'csv' ? readCsvTable(text) : readJsonTable(text)
}

function readCsvTable(text: string): HandTable {
  const src = new SourceText(text)
  const pos = (start: number, end: number) => src.position(start, end)
  const { records, problems } = readCsv(text)
  const findings: Finding[] = problems.map((p) => schemaFinding(`CSV: ${p.message}`, p.row, undefined, pos(p.offset, p.offset + 1)))
  const rows: HandTableRow[] = []
  const header = records[0]
  if (header?.row !== 1) {
    findings.push(schemaFinding(`the first row must be the header ${REQUIRED_TABLE_COLUMNS.join(',')}`, 1))
    return { type: 'table', rows, findings }
  }
  const names = header.fields.map((f) => f.value.trim())
  const index = new Map<string, number>()
  names.forEach((name, i) => {
    if (index.has(name)) findings.push(schemaFinding(`column "${name}" appears twice in the header`, 1, name, pos(header.fields[i].start, header.fields[i].end)))
    else index.set(name, i)
  })
  const missing = REQUIRED_TABLE_COLUMNS.filter((c) => !index.has(c))
  for (const c of missing) findings.push(schemaFinding(`the header has no "${c}" column`, 1, c, pos(header.fields[0].start, header.fields[0].start)))
  if (missing.length > 0) return { type: 'table', rows, findings }

  for (const rec of records.slice(1)) {
    if (rec.fields.length !== names.length) {
      const column = rec.fields.length < names.length ? names[rec.fields.length] : undefined
      const last = rec.fields[rec.fields.length - 1]
      findings.push(
        schemaFinding(`row has ${rec.fields.length} cells, the header ${names.length}`, rec.row, column, pos(rec.fields.length < names.length ? last.end : rec.fields[names.length].start, last.end)),
      )
      continue
    }
    const cell = (c: TableColumn): CsvField => rec.fields[index.get(c)!]
    const at: Partial<Record<TableColumn, Array<Position | undefined>>> = {}
    const lists: Record<string, string[]> = {}
    for (const c of LIST_COLUMNS) {
      if (!index.has(c)) continue
      const f = cell(c)
      const parts = splitValues(f.value)
      lists[c] = parts.map((p) => p.value)
      at[c] = parts.map((p) => (f.exact ? pos(f.start + p.offset, f.start + p.offset + p.value.length) : pos(f.start, f.end)))
    }
    at.title = [pos(cell('title').start, cell('title').end)]
    at.path = [pos(cell('path').start, cell('path').end)]
    const cells: Partial<Record<TableColumn, Position>> = {}
    for (const c of [...REQUIRED_TABLE_COLUMNS, ...OPTIONAL_COLUMNS]) if (index.has(c)) cells[c] = pos(cell(c).start, cell(c).end)
    const document = index.has('document') && cell('document').value.trim() ? { document: cell('document').value.trim() } : {}
    const parsed = CsvRowSchema.safeParse({ path: splitPath(cell('path').value), title: cell('title').value, ...lists, ...document })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0]) as TableColumn
        const k = typeof issue.path[1] === 'number' ? issue.path[1] : 0
        findings.push(schemaFinding(`${column}: ${issue.message}`, rec.row, column, at[column]?.[k]))
      }
      continue
    }
    const { assessors, document: doc, ...rest } = parsed.data
    const value: ResponsibilityRow = { ...rest, ...(assessors?.length ? { assessors } : {}), ...(doc ? { document: doc } : {}) }
    rows.push({ row: rec.row, value, at, cells, position: pos(rec.fields[0].start, rec.fields[0].end) })
  }
  return { type: 'table', rows, findings }
}

function readJsonTable(text: string): HandTable {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return { type: 'table', rows: [], findings: [schemaFinding(`not valid JSON: ${(e as Error).message}`, 1)] }
  }
  return tableFromRows(json)
}

/**
 * Checks JSON rows (an array of responsibility rows) and returns them as a table; row numbers are
 * 1-based indices in the array.
 */
export function tableFromRows(json: unknown): HandTable {
  if (!Array.isArray(json)) return { type: 'table', rows: [], findings: [schemaFinding('a table must be a JSON array of rows', 1)] }
  const rows: HandTableRow[] = []
  const findings: Finding[] = []
  json.forEach((item, i) => {
    const parsed = JsonRowSchema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path.length > 0 ? String(issue.path[0]) : undefined
        findings.push(schemaFinding(`${column ? column + ': ' : ''}${issue.message}`, i + 1, column))
      }
      return
    }
    const { assessors, document, ...rest } = parsed.data
    const value: ResponsibilityRow = { ...rest, ...(assessors ? { assessors } : {}), ...(document ? { document } : {}) }
    const position = item && typeof item === 'object' && 'position' in item ? (item as { position?: Position }).position : undefined
    rows.push({ row: i + 1, value, ...(position ? { position } : {}) })
  })
  return { type: 'table', rows, findings }
}

export { UNIT_COLUMNS }
