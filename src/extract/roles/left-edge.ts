/**
 * Where a unit starts when a prose clause gives it no left boundary (该项工作市教育局负责): the
 * decision over a segmenter's tagged words, shared by the jieba segmenter (segment.ts) and the
 * browser's dictionary segmenter (segment.browser.ts), which differ only in how they tag.
 */
import { grammar } from './grammar.js'
import { Brackets, isHan } from './text.js'
import { classifyUnit } from './units.js'

export { organWords } from './organ-words.js'

export interface TaggedWord {
  word: string
  tag: string
}

/** What the segmenter says about the left edge of a would-be unit. */
export interface LeftEdge {
  /** Where the unit starts, when a scope noun phrase comes before it. */
  start?: number
  /** A verb, preposition, conjunction or adverb comes first: the text is prose, not a unit. */
  governed: boolean
}

/** Longest text the segmenter is asked about; longer first pieces are prose, not a unit. */
export const MAX_SEGMENT = 32

const OPEN_BRACKETS = new Set(['（', '('])
const CLOSE_BRACKETS = new Set(['）', ')'])

/** A word the segmenter does not know, all Han: a proper name (长潭/x 水库, 柯桥区/x 人民政府), not a mark. */
function unknownHanWord(word: TaggedWord): boolean {
  return word.tag === 'x' && [...word.word].every((c) => isHan(c))
}

/**
 * A place and its level that the segmenter does not know (柯桥区/x 人民政府): a name opening the unit, not a mark. Other
 * unknown words stay governing: the segmenter tags runs it cannot cut so, verbs among them (依本办/x 法所…).
 */
function unknownPlaceWord(word: TaggedWord): boolean {
  const w = word.word
  return unknownHanWord(word) && w.length >= 3 && grammar.placeList.levels.includes(w.at(-1)!) && ![...w].some((c) => NOT_IN_PLACE.includes(c))
}

/** Characters that join or govern, never inside a place name (市和区/x: a level join; 以市/x). */
const NOT_IN_PLACE = '和与及或的以由对在向'

/** Tags that may not occur in the scope before a unit: verbs, prepositions, conjunctions, adverbs. */
function governs(tag: string): boolean {
  return tag === 'v' || tag === 'vd' || tag === 'p' || tag === 'c' || tag === 'd' || tag === 'u' || tag === 'x'
}

/**
 * Can a word stand in a name that a verb modifies (登记/v 管理/vn 机关/n)? Its tag is a noun's or a verb's, or one the
 * segmenter gives the object words of such a name: a distinguishing word (公共/b 就业 服务 机构), a prefix (非/h 物质
 * 文化遗产 保护 工作机构), a place word (地下/s 管线, 历史 文化 街区/s), a status word (湿地/z 保护 管理机构), or a
 * proper name it takes for a person's, of two characters or more (红旗渠/nr 保护 管理机构; a lone 金/nr is a
 * surname or a broken word: …助学⏎金 审核 委员会).
 */
function nameWord(word: TaggedWord): boolean {
  const { tag } = word
  if (tag === 'nr') return word.word.length >= 2
  return tag === 'n' || tag === 'v' || tag === 'vn' || tag === 'nz' || tag === 'nt' || tag === 'j' || tag === 'b' || tag === 'h' || tag === 's' || tag === 'z'
}

/**
 * At a sentence start, a verb before a generic head names the unit (登记管理机关, 房屋征收部门,
 * 联合采购办公室): the piece is one unit when it ends in such a head, holds no unit opening after
 * its first word (督促有关部门 is governed) and only noun and verb words — after a place name the
 * segmenter knows and the lists do not (海淀区城管执法部门; 督促海淀区… stays governed).
 */
function modifiedHead(text: string, s: number, e: number, words: TaggedWord[], br: Brackets): boolean {
  // (the segmenter may hold the verb and the head as one word: 管理机构, 办事机构)
  const last = words[words.length - 1]?.word ?? ''
  if (words.length < 2 || !(grammar.modifiedHeads.has(last) || [...grammar.modifiedHeads].some((h) => last.length > h.length && last.endsWith(h)))) return false
  // an officer first is the sentence's subject, the verb is his (主任委員執行委員會決議: the chair carries out)
  if (grammar.officers.matchAt(text, s, e)) return false
  let k = s
  let leadingPlace = true
  for (let i = 0; i < words.length - 1; i++) {
    // (a word the segmenter does not know is a proper name in the unit's: 长潭/x 水库 管理机构)
    const unknownName = unknownHanWord(words[i])
    // (a place the segmenter knows and the lists do not opens the name, in one word or more:
    // 海淀区/ns 城管 执法 部门, 滨湖/ns 新区/ns 审批 …)
    if (words[i].tag === 'ns' && leadingPlace) {
      k += words[i].word.length
      continue
    }
    leadingPlace = false
    // (an `and` between two objects of one head: 城建 档案 和/c 地下 管线 管理机构, 港口 和/c 海事 管理机构; an `or`
    // joins alternatives, often a party and a body: 试验主持人或试验机构)
    const joinsObjects = i > 0 && words[i].tag === 'c' && grammar.sharedHeadAfter.has(words[i].word)
    if (!(nameWord(words[i]) || unknownName || joinsObjects) || grammar.notModifiers.has(words[i].word)) return false
    if (i > 0 && grammar.openings.matchAt(text, k, e)) return false
    k += words[i].word.length
  }
  return classifyUnit(text, s, e, br) !== undefined
}

/**
 * Could leftEdgeOf give [s, e) a start, whatever words a segmenter cuts it into? It gives one only
 * at a word boundary k inside the piece (s < k < e) where a unit opening starts a valid unit running
 * to `e`. Where no position holds one, the segmenter's answer can only be "no start" or "governed",
 * which says nothing about a piece that names no unit anyway (prose.ts does not ask then: ≈ 87 % of
 * the corpus questions, each ≈ 0.1 ms of cache misses in jieba's dictionary).
 *
 * @example mayStartInside('该项工作市教育局', 0, 8, new Brackets('该项工作市教育局', 0, 8)) // true (市教育局)
 */
export function mayStartInside(text: string, s: number, e: number, br: Brackets): boolean {
  if (!segmenterGate.enabled) return true
  for (let k = s + 1; k < e; k++) if (grammar.openings.matchAt(text, k, e) && classifyUnit(text, k, e, br)) return true
  return false
}

/** Turns mayStartInside off (always true), for the test that holds it to asking every time. @internal */
export const segmenterGate = { enabled: true }

/** Tags of the words that may qualify a government named by no place (试点/n, 贫困县/n, 受灾地区/l, 边境县/nr, 非/h, 副/b, 民族自治/nz). */
function qualifierWord(tag: string): boolean {
  return tag === 'n' || tag === 'ns' || tag === 'nr' || tag === 'nz' || tag === 'l' || tag === 'b' || tag === 'h' || tag === 'j' || tag === 'a' || tag === 'an'
}

/**
 * Where a government that names no place starts (试点城市人民政府, 贫困县人民政府): the unit found at
 * `start` is place-class words and a head only (城市人民政府, 人民政府 — nobody in particular), so the
 * noun words right before it, `words[0..last]` ending at `start`, qualify it and belong to it. Any
 * other unit keeps `start`; a verb, pronoun or 工作/vn before it stops the walk (该项工作市人民政府负责).
 */
function qualifiedStart(text: string, s: number, start: number, e: number, words: TaggedWord[], last: number): number {
  if (!grammar.placelessGovernment.test(text.slice(start, e))) return start
  let q = start
  for (let j = last; j >= 0 && q > s; j--) {
    if (!qualifierWord(words[j].tag) || grammar.notModifiers.has(words[j].word)) break
    q -= words[j].word.length
  }
  return q
}

/**
 * The first word boundary of [s, e) after which a unit opening (市, 省, 各, a place, a known stem)
 * starts a valid unit running to `e`, provided no word before it governs (then `governed`:
 * 突出人大参与 is not an assignment of 人大). `words` are the tagged words of `text.slice(s, e)`.
 * `sentenceStart`: [s, e) opens a sentence, where a verb may modify a generic head (modifiedHead).
 */
export function leftEdgeOf(text: string, s: number, e: number, words: TaggedWord[], br: Brackets = new Brackets(text, s, e), sentenceStart = false): LeftEdge {
  if (sentenceStart && modifiedHead(text, s, e, words, br)) return { governed: false }
  let k = s
  let depth = 0
  for (let i = 0; i < words.length - 1; i++) {
    // a bracket inside a name qualifies it (军队后勤（联勤）机关): its words and marks govern nothing;
    // one that opens the piece is a parenthesis around it and governs as before
    const opens = i > 0 && OPEN_BRACKETS.has(words[i].word)
    const inBracket = depth > 0 || opens
    if (opens) depth++
    else if (depth > 0 && CLOSE_BRACKETS.has(words[i].word)) depth--
    // (only one that opens a unit with what follows: 市和区/x （市）人民政府管理… opens none and stays governing)
    const unknownPlace = unknownPlaceWord(words[i]) && classifyUnit(text, k, e, br) !== undefined
    if (!inBracket && governs(words[i].tag) && !unknownPlace) return { governed: true }
    k += words[i].word.length
    if (!grammar.openings.matchAt(text, k, e)) continue
    // a place name the lists do not know belongs to the unit after it (宜昌市 + 人民政府)
    if (!classifyUnit(text, k, e, br)) continue
    // …and so does a bare level word the segmenter cut off (自治区 + 发展改革委: outside30 18), or a scope
    // narrowing a collective (地方 + 各级人民政府)
    const scopesCollective = grammar.collectiveScopes.has(words[i].word) && grammar.collectiveStarts.matchAt(text, k, e)
    const owned = words[i].tag === 'ns' || unknownPlace || grammar.levels.has(words[i].word) || scopesCollective
    const takesWord = owned && classifyUnit(text, k - words[i].word.length, e, br)
    const start = qualifiedStart(text, s, takesWord ? k - words[i].word.length : k, e, words, takesWord ? i - 1 : i)
    return start === s ? { governed: false } : { start, governed: false }
  }
  // No boundary: the whole piece is a unit only if it does not open with a verb (发动本社区…).
  return { governed: words.length > 0 && ((governs(words[0].tag) && !unknownPlaceWord(words[0])) || words[0].tag === 'vn') }
}
