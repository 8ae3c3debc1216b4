import type { FileResult } from './types.js'

/** Escapes the message of a workflow command (GitHub: %, CR, LF). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value of a workflow command (also `:` and `,`, which delimit properties). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands, one per finding, so findings show as annotations on the files:
 * `::error file=plan.txt,line=12,col=3,title=task-has-lead::message`.
 */
export function formatGithub(results: FileResult[]): string {
  const lines: string[] = []
  for (const r of results) {
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.file)}`]
      if (f.position) props.push(`line=${f.position.start.line}`, `col=${f.position.start.column}`)
      props.push(`title=${escapeProperty(f.ruleId)}`)
      const cell = f.row !== undefined ? ` [row ${f.row}${f.column ? `, ${f.column}` : ''}]` : ''
      lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(f.message + cell)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
