/**
 * Maps each code unit of a parser's decoded text value back onto the markup it came from.
 *
 * Parsers give a text node's decoded `value` and the span [start, end) of its source, but not
 * where each character sits: Markdown drops escapes (`\*`) and the indentation or `>` of
 * continuation lines, HTML decodes entities (`&ldquo;` → “) and turns CRLF into LF. We walk both
 * in step: a character that is at the cursor maps there; at an `&` the decoded character maps
 * to the entity's start and the cursor moves past the reference (`;` optional, as HTML allows); otherwise we look a few characters
 * ahead for it (skipped markup). Linear in the length of the span.
 */
const LOOKAHEAD = 12
const MAX_ENTITY = 40

export function alignValue(value: string, source: string, start: number, end: number): Int32Array {
  const out = new Int32Array(value.length)
  let j = start
  let last = start
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (j < end && source[j] === ch) {
      out[i] = last = j
      j++
      continue
    }
    if (j < end && source[j] === '&') {
      out[i] = last = j
      j = entityEnd(source, j, end)
      // an astral character from one entity: its low surrogate maps to the same start
      if (isHighSurrogate(ch) && i + 1 < value.length) out[++i] = last
      continue
    }
    const limit = Math.min(end, j + LOOKAHEAD)
    let k = j + 1
    while (k < limit && source[k] !== ch) k++
    if (k < limit) {
      out[i] = last = k
      j = k + 1
    } else {
      // not in the source (synthesized by the parser): attach it to the previous character
      out[i] = last
    }
  }
  return out
}

/** End of the character reference at `j` (`&name;`, `&#123;`, or legacy `&amp` without `;`). */
function entityEnd(source: string, j: number, end: number): number {
  const limit = Math.min(end, j + MAX_ENTITY)
  let k = j + 1
  while (k < limit && isNameChar(source.charCodeAt(k))) k++
  return k < limit && source[k] === ';' ? k + 1 : k
}

function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x23
}

function isHighSurrogate(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return c >= 0xd800 && c <= 0xdbff
}
