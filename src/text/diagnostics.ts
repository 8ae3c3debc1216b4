import type { Diagnostic } from '../schema/diagnostic.js'
import type { MappedText } from './mapped.js'

/** How bad a diagnostic is; the public `Diagnostic` shape (src/schema/diagnostic.ts) has this. */
export type Severity = Diagnostic['severity']

/**
 * A diagnostic of a scanner that reads a plain string (roles, time): `[index, end)` in that
 * string. The pipeline places it in the input with `Diagnostics.add`; nothing else keeps it.
 */
export interface SpanDiagnostic {
  severity: Severity
  code: string
  message: string
  index: number
  end: number
}

/**
 * Collects diagnostics in their one public shape: a unist position in the original input.
 * Every step adds to the same collector; offsets are in the view the step reads.
 */
export class Diagnostics {
  readonly list: Diagnostic[] = []

  add(view: MappedText, severity: Severity, code: string, message: string, start?: number, end?: number): void {
    this.list.push({ severity, code, message, ...(start === undefined ? {} : { position: view.position(start, end ?? start) }) })
  }
}
