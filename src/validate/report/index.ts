import { formatGithub } from './github.js'
import { formatHtml } from './html.js'
import { formatJson } from './json.js'
import { formatJunit } from './junit.js'
import { formatText } from './text.js'
import type { FileResult, ReportContext } from './types.js'

export type ReportFormat = 'text' | 'json' | 'github' | 'junit' | 'html'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'github', 'junit', 'html']

/** Renders validation results in one of the report formats. */
export function formatReport(format: ReportFormat, results: FileResult[], context: ReportContext): string {
  switch (format) {
    case 'json':
      return formatJson(results)
    case 'github':
      return formatGithub(results)
    case 'junit':
      return formatJunit(results, context)
    case 'html':
      return formatHtml(results, context)
    default:
      return formatText(results)
  }
}

export type { FileResult, ReportContext }
export { formatGithub, formatHtml, formatJson, formatJunit, formatText }
export { counts } from './types.js'
