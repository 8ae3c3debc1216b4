import { counts, type FileResult } from './types.js'

/**
 * `{ errors, warnings, files: [{ file, errors, warnings, findings }] }`, each finding with its `file`.
 */
export function formatJson(results: FileResult[]): string {
  const files = results.map((r) => {
    const c = counts([r])
    return { file: r.file, errors: c.errors, warnings: c.warnings, findings: r.findings.map((f) => ({ ...f, file: r.file })) }
  })
  return JSON.stringify({ ...counts(results), files }, null, 2) + '\n'
}
