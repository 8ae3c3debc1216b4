import type { MappedText } from '../text/mapped.js'

/**
 * Space pass: drops indentation, trailing spaces, U+3000 and every space run that touches a CJK
 * character or CJK punctuation (`索 引 号` → `索引号`, `2025 年底前` → `2025年底前`,
 * `第 1 條` → `第1條`). Spaces between Latin words or digits survive as one space.
 */
export function normalizeSpaces(view: MappedText): MappedText {
  const t = view.text
  const ed = view.edit()
  let changed = false
  let i = 0
  while (i < t.length) {
    // the next space, found by the regex engine's native scan (most code units are none)
    NEXT_SPACE.lastIndex = i
    if (!NEXT_SPACE.test(t)) break
    i = NEXT_SPACE.lastIndex - 1
    const c = t.charCodeAt(i)
    let j = i
    while (j < t.length && isSpace(t.charCodeAt(j))) j++
    const before = i === 0 ? 10 : t.charCodeAt(i - 1)
    const after = j >= t.length ? 10 : t.charCodeAt(j)
    const lineEdge = before === 10 || after === 10
    if (lineEdge || isCjk(before) || isCjk(after)) {
      ed.delete(i, j)
      changed = true
    } else if (j - i > 1 || c !== 32) {
      ed.replace(i, j, ' ')
      changed = true
    }
    i = j
  }
  return changed ? ed.done() : view
}

/** True for CJK ideographs and CJK/full-width punctuation: the neighbours beside which spaces are noise. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x3001 ||
    code === 0x3002 ||
    (code >= 0x2460 && code <= 0x24ff) ||
    code === 0x25cf ||
    code === 0x25a0
  )
}

/** The code units `isSpace` accepts (read off it at load), as a search (global: `test` leaves lastIndex past the match). */
const NEXT_SPACE = new RegExp(
  `[${Array.from({ length: 0x10000 }, (_, code) => code)
    .filter(isSpace)
    .map((code) => `\\u${code.toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
)

/** A space the space pass removes or keeps (after the width pass, tabs and odd spaces are plain spaces). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003
}
