import type { Diagnostic } from '../schema/diagnostic.js'
import type { MappedText } from '../text/mapped.js'

/** Collects diagnostics with positions in the original input. */
export class Diagnostics {
  readonly list: Diagnostic[] = []

  add(view: MappedText, severity: Diagnostic['severity'], code: string, message: string, start?: number, end?: number): void {
    this.list.push({ severity, code, message, ...(start === undefined ? {} : { position: view.position(start, end ?? start) }) })
  }
}

/** True for CJK ideographs and CJK/full-width punctuation: the context in which spaces are noise. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 || code === 0x2026 || code === 0x3001 || code === 0x3002 ||
    (code >= 0x2460 && code <= 0x24ff) || code === 0x25cf || code === 0x25a0
  )
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003
}
