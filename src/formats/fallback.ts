import type { MappedText } from '../text/mapped.js'
import type { SourceText } from '../text/source.js'
import { MappedTextBuilder } from './builder.js'
import { BLOCK, DROPPED } from './html-elements.js'
import { isNameChar, RAW, rawEnd, tagEnd } from './nesting.js'

/**
 * Plain text of HTML too deep for the tree parser, by a single linear scan: tags removed, block
 * elements and `<br>` as line breaks, script/style and the other dropped elements' raw content
 * skipped, whitespace collapsed. Entities stay as written. Used only past the nesting limit.
 */
export function htmlToTextFlat(source: SourceText): MappedText {
  const text = source.text
  const out = new MappedTextBuilder(source)
  const n = text.length
  let i = 0
  while (i < n) {
    const ch = text[i]
    if (ch !== '<') {
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') out.space(i)
      else out.push(ch, i)
      i++
      continue
    }
    const closing = text.charCodeAt(i + 1) === 47
    let k = closing ? i + 2 : i + 1
    const nameStart = k
    while (k < n && isNameChar(text.charCodeAt(k))) k++
    const name = text.slice(nameStart, k).toLowerCase()
    if (!name && text[i + 1] !== '!' && text[i + 1] !== '?') {
      out.push(ch, i++)
      continue
    }
    const gt = name ? tagEnd(text, k) : text.indexOf('>', i + 1)
    if (gt < 0) break
    if (name === 'br') out.hardBreak(i)
    else if (BLOCK.has(name)) out.lineBreak(i)
    i = gt + 1
    if (!closing && (RAW.has(name) || name === 'head')) {
      const end = rawEnd(text, name, i)
      i = end < 0 ? n : end
    } else if (!closing && DROPPED.has(name)) {
      // dropped elements' content (nav, footer …) up to the first matching end tag
      const end = rawEnd(text, name, i)
      if (end >= 0) i = end
    }
  }
  return out.done()
}
