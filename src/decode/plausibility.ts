/**
 * How much a decoded string looks like a Chinese (or plain ASCII) document: the share of code
 * points that are CJK ideographs, CJK/full-width punctuation, ASCII printable or whitespace.
 * A legacy-encoded (GBK) file decoded as GB18030 scores near 1; random bytes or a file in
 * another legacy encoding decode to a scatter of rare ideographs, 4-byte GB18030 code points
 * (Latin-extended, Cyrillic, private use…) and controls, and score lower.
 */
export interface Plausibility {
  /** Share of "expected" code points, 0…1. */
  score: number
  /** Share of CJK Unified Ideographs (U+4E00–U+9FFF). */
  cjk: number
  total: number
}

export function plausibility(text: string, limit = 200_000): Plausibility {
  let good = 0
  let cjk = 0
  let total = 0
  const n = Math.min(text.length, limit)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    total++
    if (c >= 0x4e00 && c <= 0x9fff) {
      good++
      cjk++
    } else if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) good++
    else if (c >= 0x3000 && c <= 0x303f)
      good++ // CJK punctuation 、。〔〕「」
    else if (c >= 0xff00 && c <= 0xffef)
      good++ // full-width forms （）：，
    else if (c >= 0x2010 && c <= 0x206f)
      good++ // general punctuation “”‘’…—
    else if (c >= 0x2460 && c <= 0x24ff)
      good++ // ①⑴
    else if (c >= 0x25a0 && c <= 0x25ff)
      good++ // ●■○□
    else if (c === 0xa0 || c === 0xb7 || c === 0xd7)
      good++ // nbsp · ×
    else if (c >= 0x3400 && c <= 0x4dbf) good += 0.5 // Extension A: real but rare
  }
  return { score: total ? good / total : 0, cjk: total ? cjk / total : 0, total }
}
