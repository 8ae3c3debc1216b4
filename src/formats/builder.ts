import { MappedText } from '../text/mapped.js'
import type { SourceText } from '../text/source.js'

/**
 * Accumulates extracted plain text one character at a time together with the offset in the
 * original markup each character came from, then freezes it into a {@link MappedText}.
 * It owns line layout: blocks end with one LF, and in collapsing mode (HTML outside <pre>)
 * runs of whitespace become one space and never start or end a line.
 */
export class MappedTextBuilder {
  private chars: string[] = []
  private origin: number[] = []
  /** Original offset of a pending collapsed space, or -1. */
  private pendingSpace = -1

  constructor(private readonly source: SourceText) {}

  get length(): number {
    return this.chars.length
  }

  /** True when nothing but a line break precedes the cursor. */
  atLineStart(): boolean {
    const n = this.chars.length
    return n === 0 || this.chars[n - 1] === '\n'
  }

  /** Append one character (or a surrogate half) verbatim. */
  push(ch: string, origin: number): void {
    if (this.pendingSpace >= 0) {
      const at = this.pendingSpace
      this.pendingSpace = -1
      if (!this.atLineStart()) {
        this.chars.push(' ')
        this.origin.push(at)
      }
    }
    this.chars.push(ch)
    this.origin.push(origin)
  }

  /** Append characters with their origins (same length). */
  pushAll(value: string, origins: ArrayLike<number>): void {
    for (let i = 0; i < value.length; i++) this.push(value[i], origins[i])
  }

  /** Collapsing whitespace: remembered, and written as one space only if text follows on the line. */
  space(origin: number): void {
    if (this.pendingSpace < 0 && !this.atLineStart()) this.pendingSpace = origin
  }

  /** End the current line (no-op at a line start, so blocks never leave blank lines). */
  lineBreak(origin: number): void {
    this.pendingSpace = -1
    if (this.atLineStart()) return
    this.chars.push('\n')
    this.origin.push(origin)
  }

  /** A forced break (`<br>`, Markdown hard break): ends the line even if it is empty. */
  hardBreak(origin: number): void {
    this.pendingSpace = -1
    this.chars.push('\n')
    this.origin.push(origin)
  }

  done(): MappedText {
    // no trailing newline: the last block simply ends
    while (this.chars.length && this.chars[this.chars.length - 1] === '\n') {
      this.chars.pop()
      this.origin.pop()
    }
    const text = this.chars.join('')
    const origin = new Int32Array(text.length + 1)
    for (let i = 0; i < text.length; i++) origin[i] = this.origin[i]
    origin[text.length] = this.source.text.length
    return new MappedText(text, origin, this.source)
  }
}
