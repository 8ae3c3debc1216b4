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
  if (OPENS_WITH_MARKUP.test(text.slice(0, HTML_OPEN_WITHIN))) return true
  const open = text.slice(0, HTML_OPEN_WITHIN).search(/<html[\s>]/i)
  return open >= 0 && /<\/(?:html|body)\s*>/i.test(text.slice(open))
}
