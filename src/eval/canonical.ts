import vocab from './vocab.json' with { type: 'json' }

const DASHES = /[‐‑‒–—―－~～]/g
const SPACES = /\s+/g
const NOT_BEFORE_DENG = new Set([...vocab.notBeforeDeng])
const DENG_TAILS = new Set(vocab.dengTails)
const isCategoryTail = (tail: string) => tail.length <= vocab.maxTail && vocab.dengTailEndings.some((e) => tail.endsWith(e))

/**
 * The form two strings are compared in: NFKC (full-width letters, digits and brackets folded),
 * whitespace removed, dashes unified. Applied to both sides, so the gold may be written with the
 * brackets and spaces as printed.
 *
 * @example
 * canonicalText('创建平安广州推进方案(2013—2022年) ') === canonicalText('创建平安广州推进方案（2013-2022年）') // true
 */
export function canonicalText(s: string): string {
  return s.normalize('NFKC').replace(SPACES, '').replace(DASHES, '-')
}

/**
 * A unit name as compared: canonical text without a trailing 等 / 等单位 / 等相关单位 ….
 * A 等 inside a word (高等院校) is kept.
 *
 * @example
 * canonicalUnit('市法院等单位') // '市法院'
 * canonicalUnit('市 法制办') // '市法制办'
 * canonicalUnit('市财政局等市食品安全委员会成员单位') // '市财政局'
 * canonicalUnit('高等院校') // '高等院校'
 */
export function canonicalUnit(name: string): string {
  const s = canonicalText(name)
  const at = s.lastIndexOf('等')
  if (at > 0 && !NOT_BEFORE_DENG.has(s[at - 1])) {
    const tail = s.slice(at + 1)
    if (DENG_TAILS.has(tail) || isCategoryTail(tail)) return s.slice(0, at)
  }
  return s
}

/** A clause path as one comparable key: `["四","（一）","1"]` → `四/(一)/1`. */
export function pathKey(path: readonly string[]): string {
  return path.map((p) => canonicalText(p)).join('/')
}
