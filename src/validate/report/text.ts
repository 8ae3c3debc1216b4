import type { Finding } from '../types.js'
import { counts, plural, type FileResult } from './types.js'

/** Where a finding is: `file:line:column`, or the file alone. */
export function location(file: string, f: Finding): string {
  return f.position ? `${file}:${f.position.start.line}:${f.position.start.column}` : file
}

/** `[row 3, lead]` for table findings. */
function cell(f: Finding): string {
  if (f.row === undefined) return ''
  return ` [row ${f.row}${f.column ? `, ${f.column}` : ''}]`
}

/**
 * Compiler-style lines, `file:line:column  severity  message  rule-id`, and a summary line.
 * @example
 * plan.txt:12:3  error  task 二/3 「…」 names no lead unit  task-has-lead
 * ✖ 1 problem (1 error, 0 warnings)
 */
export function formatText(results: FileResult[]): string {
  const lines: string[] = []
  for (const r of results) {
    for (const f of r.findings) {
      const severity = f.severity === 'error' ? 'error' : 'warning'
      lines.push(`${location(r.file, f)}  ${severity}  ${oneLine(f.message)}${cell(f)}  ${f.ruleId}`)
    }
  }
  const { errors, warnings } = counts(results)
  const total = errors + warnings
  lines.push(total === 0 ? `✔ 0 problems (${plural(results.length, 'file')})` : `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)
  return lines.join('\n') + '\n'
}

const oneLine = (s: string) => s.replace(/\r\n|[\r\n]/g, ' ')
