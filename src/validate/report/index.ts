import { formatGithub } from './github.js'
import { formatJson } from './json.js'
import { formatJunit } from './junit.js'
import { formatText } from './text.js'
import type { FileResult, ReportContext } from './types.js'

export type ReportFormat = 'text' | 'json' | 'github' | 'junit'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'github', 'junit']

/** Renders validation results in one of the report formats. */
export function formatReport(format: ReportFormat, results: FileResult[], context: ReportContext): string {
  switch (format) {
    case 'json':
      return formatJson(results)
    case 'github':
      return formatGithub(results)
    case 'junit':
      return formatJunit(results, context)
    default:
      return formatText(results)
  }
}

export type { FileResult, ReportContext }
export { formatGithub, formatJson, formatJunit, formatText }
export { counts } from './types.js'
