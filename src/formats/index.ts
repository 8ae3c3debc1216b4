/**
 * Format adapters: Markdown and HTML → the plain text the pipeline parses, with an offset map
 * back into the original markup.
 * @module
 */
import type { MappedText } from '../text/mapped.js'
import { MappedText as Mapped } from '../text/mapped.js'
import type { SourceText } from '../text/source.js'
import { markdownToText } from './markdown.js'
import { htmlToText } from './html.js'

export { markdownToText } from './markdown.js'
export { htmlToText } from './html.js'
export { alignValue } from './align.js'
export { looksLikeHtml } from './sniff.js'

export { formatFromPath, type InputFormat } from './path.js'
export type { FormatNote } from './notes.js'
import type { InputFormat } from './path.js'
import type { FormatNote } from './notes.js'

/**
 * The plain-text view of `source` for `format`, mapped into the original. Markup too deep or
 * dense to parse in bounded time and stack is read as text, and a note says so in `notes`.
 *
 * @example toPlainText(new SourceText(md), 'markdown').text
 */
export function toPlainText(source: SourceText, format: InputFormat, notes?: FormatNote[]): MappedText {
  if (format === 'markdown') return markdownToText(source, notes)
  if (format === 'html') return htmlToText(source, notes)
  return Mapped.identity(source)
}
