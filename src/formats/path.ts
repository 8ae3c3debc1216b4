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
