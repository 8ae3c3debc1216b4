/**
 * A page saved as its HTML source under a text name (`.txt`): markup from its first characters
 * (`<!DOCTYPE html>`, `<html>`, `<head>`, `<meta …>`), or an `<html>` element closed further down.
 * Read as text, its tags, scripts and head would be the document; read as HTML, its title and body are.
 */
const OPENS_WITH_MARKUP = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|title|body)\b/i
/** How far in the `<html>` element must open for a page that starts otherwise (a scraper's note line). */
const HTML_OPEN_WITHIN = 2000

/**
 * Does a plain-text input hold an HTML page's source?
 *
 * @example looksLikeHtml('<!DOCTYPE html>\n<html><head><title>某某办法</title></head>…') // true
 * @example looksLikeHtml('关于…的通知\n<p align="right">2023年3月1日</p>') // false
 */
export function looksLikeHtml(text: string): boolean {
  const front = frontMatterEnd(text)
  if (front > 0 && /^\s*<[a-z!]/i.test(text.slice(front, front + HTML_OPEN_WITHIN))) return true
  if (OPENS_WITH_MARKUP.test(text.slice(0, HTML_OPEN_WITHIN))) return true
  const open = text.slice(0, HTML_OPEN_WITHIN).search(/<html[\s>]/i)
  return open >= 0 && /<\/(?:html|body)\s*>/i.test(text.slice(open))
}

/**
 * A static site's front matter (Jekyll, Hugo) at the top of a page's source: a `---` line, YAML lines (`layout: default`,
 * `title: …`), a closing `---` line. It sets the site's layout and index entry; the document is the markup below it.
 */
function isFrontMatterLine(line: string): boolean {
  return line.trim() === '' || /^\s/.test(line) || /^[A-Za-z_][\w-]*\s*:/.test(line)
}

/**
 * Where a leading front matter block ends (the offset after its closing `---` line), or 0 when the text opens otherwise.
 *
 * @example frontMatterEnd('---\nlayout: default\ntitle: 某某措施\n---\n<article>…') // 36
 * @example frontMatterEnd('---\n一、总则\n---\n') // 0 (not YAML lines)
 */
export function frontMatterEnd(text: string): number {
  const start = text.startsWith('\uFEFF') ? 1 : 0
  if (!/^---[ \t]*\r?\n/.test(text.slice(start, start + 8))) return 0
  let at = text.indexOf('\n', start) + 1
  for (let lines = 0; at > 0 && at < text.length && lines < FRONT_MATTER_LINES; lines++) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '')
    if (/^---[ \t]*$/.test(line)) return end < 0 ? text.length : end + 1
    if (!isFrontMatterLine(line)) return 0
    at = end + 1
  }
  return 0
}
/** How many lines a front matter block may hold before the closing `---` (a site's settings are short). */
const FRONT_MATTER_LINES = 60
