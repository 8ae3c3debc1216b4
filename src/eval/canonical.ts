import * as OpenCC from 'opencc-js/t2cn'
import vocab from './vocab.json' with { type: 'json' }
import { foldVariantForms } from '../normalize/script.js'

const DASHES = /[‐‑‒–—―－~～]/g
const SPACES = /\s+/g
// a white circle (○ U+25CB, ◯ U+25EF) printed for the numeral zero 〇 (U+3007): 二○二二年 is 二〇二二年
const ZERO_CIRCLES = /[○◯]/g
const NOT_BEFORE_DENG = new Set([...vocab.notBeforeDeng])
const DENG_TAILS = new Set(vocab.dengTails)
const isCategoryTail = (tail: string) => tail.length <= vocab.maxTail && vocab.dengTailEndings.some((e) => tail.endsWith(e))

let toSimplified: ((s: string) => string) | undefined
/** Traditional characters are one script away from the simplified ones: a title printed 私立老人福利機構接管辦法 is the same title as 私立老人福利机构接管办法. */
const HAS_NON_ASCII = /[^\x00-\x7f]/

/**
 * The form two strings are compared in: NFKC (full-width letters, digits and brackets folded),
 * whitespace removed, dashes unified, a circle printed for 〇 read as 〇, traditional characters folded to simplified. Applied to
 * both sides, so the gold may be written with the brackets, spaces and script as printed.
 *
 * @example
 * canonicalText('创建平安广州推进方案(2013—2022年) ') === canonicalText('创建平安广州推进方案（2013-2022年）') // true
 * canonicalText('接管辦法') === canonicalText('接管办法') // true
 * canonicalText('申办二○二二年世界设计之都') === canonicalText('申办二〇二二年世界设计之都') // true
 */
export function canonicalText(s: string): string {
  const folded = s.normalize('NFKC').replace(SPACES, '').replace(DASHES, '-').replace(ZERO_CIRCLES, '〇')
  if (!HAS_NON_ASCII.test(folded)) return folded
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' })
  // (and the variant forms the converter leaves, as the script pass folds them: 陜西 is 陕西)
  return foldVariantForms(toSimplified(folded))
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
