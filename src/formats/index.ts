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

export { formatFromPath, type InputFormat } from './path.js'
import type { InputFormat } from './path.js'

/**
 * The plain-text view of `source` for `format`, mapped into the original.
 *
 * @example toPlainText(new SourceText(md), 'markdown').text
 */
export function toPlainText(source: SourceText, format: InputFormat): MappedText {
  if (format === 'markdown') return markdownToText(source)
  if (format === 'html') return htmlToText(source)
  return Mapped.identity(source)
}
