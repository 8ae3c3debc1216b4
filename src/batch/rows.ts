import type { PolicyDocument } from '../schema/document.js'

/**
 * Table rows for csv/md output: one row per document with its main metadata.
 * (When the library gains a responsibility table, rows per task can replace this.)
 */
export const ROW_COLUMNS = [
  'input',
  'ok',
  'error',
  'title',
  'docType',
  'docNumber',
  'issuers',
  'signedDate',
  'publishedDate',
  'encoding',
  'clauses',
  'tasks',
  'diagnostics',
] as const

export function documentRows(input: string, doc: PolicyDocument): string[][] {
  const m = doc.meta
  return [
    [
      input,
      'true',
      '',
      m?.title ?? '',
      m?.docType ?? '',
      m?.docNumber?.raw ?? '',
      (m?.issuers ?? []).join('、'),
      m?.signedDate ?? '',
      m?.publishedDate ?? '',
      doc.source?.encoding ?? '',
      String(countClauses(doc.clauses ?? [])),
      String(doc.tasks?.length ?? 0),
      String(doc.diagnostics?.length ?? 0),
    ],
  ]
}

export function failureRows(input: string, code: string, message: string): string[][] {
  return [[input, 'false', `${code}: ${message}`, '', '', '', '', '', '', '', '', '', '']]
}

function countClauses(clauses: Array<{ children?: unknown[] }>): number {
  let n = 0
  for (const c of clauses) n += 1 + countClauses((c.children ?? []) as Array<{ children?: unknown[] }>)
  return n
}
