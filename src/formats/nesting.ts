/**
 * Cheap linear pre-scans that find markup too deep or too dense for the Markdown and HTML
 * parsers: theirs (and our tree walks) recurse once per nesting level, so `'>'.repeat(4000)` or
 * `'<div>'.repeat(4000)` overflows the stack, and micromark spends time quadratic in the
 * container depth of a line and in the emphasis delimiters of a paragraph. Real documents stay
 * far below the limits; beyond them the formats step reads the input as plain text instead.
 */

/** Markdown containers (block quotes, list items) open on one line, deepest allowed. */
export const MAX_MARKDOWN_DEPTH = 20
/** Emphasis/strikethrough delimiter runs (`*`, `_`, `~`) in one paragraph, most allowed. */
export const MAX_DELIMITER_RUNS = 500
/** HTML element nesting, deepest allowed. */
export const MAX_HTML_DEPTH = 256

/** Why markup was not parsed as such, or null when it is fine. */
export interface TooComplex {
  /** Offset in the source where the limit was passed. */
  offset: number
  message: string
}

const isSpace = (c: number) => c === 32 || c === 9
const isDigit = (c: number) => c >= 48 && c <= 57

/**
 * Upper bound on the containers a Markdown line opens or continues: each `>` and list marker
 * at its start, plus its indentation in list-item steps of two columns when it begins with a
 * marker (a nested list is written by indenting). Also counts delimiter runs per paragraph.
 *
 * @example
 * markdownTooComplex('> > 引用').toString() // 'null'
 * markdownTooComplex('>'.repeat(4000))?.message // 'Markdown nesting deeper than 20 levels …'
 */
export function markdownTooComplex(text: string): TooComplex | null {
  const n = text.length
  let runs = 0
  let lineStart = 0
  while (lineStart < n) {
    let end = text.indexOf('\n', lineStart)
    if (end < 0) end = n
    let i = lineStart
    let columns = 0
    while (i < end && isSpace(text.charCodeAt(i))) {
      columns += text.charCodeAt(i) === 9 ? 4 : 1
      i++
    }
    let markers = 0
    for (;;) {
      const c = text.charCodeAt(i)
      if (i < end && c === 62 /* > */) {
        markers++
        i++
      } else if (i < end && (c === 45 || c === 42 || c === 43) /* - * + */ && (i + 1 >= end || isSpace(text.charCodeAt(i + 1)))) {
        markers++
        i++
      } else if (i < end && isDigit(c)) {
        let k = i
        while (k < end && k - i < 9 && isDigit(text.charCodeAt(k))) k++
        const d = text.charCodeAt(k)
        if (k < end && (d === 46 || d === 41) /* . ) */ && (k + 1 >= end || isSpace(text.charCodeAt(k + 1)))) {
          markers++
          i = k + 1
        } else break
      } else break
      while (i < end && isSpace(text.charCodeAt(i))) i++
    }
    const depth = markers + (markers > 0 ? Math.floor(columns / 2) : 0)
    if (depth > MAX_MARKDOWN_DEPTH) {
      return { offset: lineStart, message: `Markdown nesting deeper than ${MAX_MARKDOWN_DEPTH} levels (${depth} levels of block quotes and list items at one line)` }
    }
    // a blank line ends the paragraph, a list item or quote line or heading starts a new one
    if (markers > 0 || i >= end || text.charCodeAt(i) === 35 /* # */ || isBlankFrom(text, i, end)) runs = 0
    for (let k = i; k < end; k++) {
      const c = text.charCodeAt(k)
      if ((c === 42 || c === 95 || c === 126) && text.charCodeAt(k - 1) !== c) {
        if (++runs > MAX_DELIMITER_RUNS) {
          return { offset: k, message: `more than ${MAX_DELIMITER_RUNS} emphasis delimiters (* _ ~) in one Markdown paragraph` }
        }
      }
    }
    lineStart = end + 1
  }
  return null
}

function isBlankFrom(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 13) return false
  return true
}

/** Elements that hold no children. */
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex'])
/** Elements whose content is text up to their end tag. */
export const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])
/** Elements a sibling of the same kind closes (`<li>a<li>b`), and what a `<p>` is closed by. */
const SIBLING_CLOSED = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp'])
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'figure',
  'details',
])
/** Elements that bound the search for an element to close implicitly. */
const SCOPE = new Set(['ul', 'ol', 'dl', 'table', 'select', 'div', 'body', 'html', 'td', 'th', 'blockquote', 'section', 'article'])

/**
 * Upper bound on the element depth an HTML parser builds: a linear tag scan with the common
 * implicit closes (`<p>`, `<li>`, table cells …), so pages with unclosed paragraphs or list items
 * — usual on old sites — are not mistaken for deep ones.
 *
 * @example
 * htmlTooComplex('<ul><li>一<li>二</ul>') // null
 * htmlTooComplex('<div>'.repeat(4000))?.message // 'HTML elements nested deeper than 256 levels'
 */
export function htmlTooComplex(text: string): TooComplex | null {
  const stack: string[] = []
  const n = text.length
  let i = text.indexOf('<')
  while (i >= 0 && i < n) {
    const c = text.charCodeAt(i + 1)
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // comment, doctype, CDATA, processing instruction
      const close = text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) : text.indexOf('>', i + 2)
      if (close < 0) return null
      i = text.indexOf('<', close + 1)
      continue
    }
    const closing = c === 47 /* / */
    let k = closing ? i + 2 : i + 1
    const nameStart = k
    while (k < n && isNameChar(text.charCodeAt(k))) k++
    if (k === nameStart) {
      i = text.indexOf('<', i + 1)
      continue
    }
    const name = text.slice(nameStart, k).toLowerCase()
    const gt = tagEnd(text, k)
    if (gt < 0) return null
    if (closing) {
      const at = stack.lastIndexOf(name)
      if (at >= 0) stack.length = at
    } else if (!VOID.has(name) && text.charCodeAt(gt - 1) !== 47 /* self-closing */) {
      if (SIBLING_CLOSED.has(name)) closeImplicit(stack, name)
      if (CLOSES_P.has(name)) closeImplicit(stack, 'p')
      if (RAW.has(name)) {
        // content up to the end tag is text, not tags
        const endTag = rawEnd(text, name, gt + 1)
        if (endTag < 0) return null
        i = text.indexOf('<', endTag + 2)
        continue
      }
      stack.push(name)
      if (stack.length > MAX_HTML_DEPTH) return { offset: i, message: `HTML elements nested deeper than ${MAX_HTML_DEPTH} levels` }
    }
    i = text.indexOf('<', gt + 1)
  }
  return null
}

/** Offset of `</name` (any case) from `from`, or -1. */
export function rawEnd(text: string, name: string, from: number): number {
  const re = new RegExp(`</${name}`, 'ig')
  re.lastIndex = from
  return re.exec(text)?.index ?? -1
}

export function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58
}

/** The `>` ending a tag whose name ends at `from`, skipping quoted attribute values. */
export function tagEnd(text: string, from: number): number {
  let quote = 0
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) quote = c
    else if (c === 62) return k
  }
  return -1
}

/** Pops an open `name` (and what is inside it) if one is open within the nearest scope. */
function closeImplicit(stack: string[], name: string): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k] === name) {
      stack.length = k
      return
    }
    if (SCOPE.has(stack[k])) return
  }
}
