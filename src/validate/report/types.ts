import type { Finding, RuleSetting } from '../types.js'

/** The findings of one input file, as reporters take them. */
export interface FileResult {
  /** The file findings point into (the source document of a PolicyDocument JSON, when it names one). */
  file: string
  findings: Finding[]
}

/** What a report needs besides the results: every rule and how it ran. */
export interface ReportContext {
  /** `skip`: why a rule did not run although it is on (unit-known without a registry). */
  rules: Array<{ id: string; setting: RuleSetting; doc: string; skip?: string }>
  /** The text of a file findings point into, for reporters that show source lines (html). */
  source?: (file: string) => string | undefined
}

export function counts(results: FileResult[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const r of results) for (const f of r.findings) f.severity === 'error' ? errors++ : warnings++
  return { errors, warnings }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
