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

export type InputFormat = 'text' | 'markdown' | 'html'

/**
 * The format a file name implies (`.md`/`.markdown` → markdown, `.html`/`.htm` → html, else
 * text); a trailing `.gz` is ignored.
 *
 * @example formatFromPath('notice.html.gz') // 'html'
 */
export function formatFromPath(path: string): InputFormat {
  const p = path.toLowerCase().replace(/\.gz$/, '')
  if (p.endsWith('.md') || p.endsWith('.markdown')) return 'markdown'
  if (p.endsWith('.html') || p.endsWith('.htm') || p.endsWith('.xhtml')) return 'html'
  return 'text'
}

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
