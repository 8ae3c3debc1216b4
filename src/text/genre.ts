import grammar from '../../grammars/genres.json' with { type: 'json' }
import { codeSet } from './brackets.js'
import { withSpaceUnits } from './regex-ends.js'
import { escapeRegExp, wordAlternation } from './regexp.js'

const GENRES = grammar.genres.map((g) => g.name).sort((a, b) => b.length - a.length)
const ABOUT = grammar.about
/** Genres that end a title only after one of their words (`工作安排`, `的安排`: not the column word 时间安排). */
const AFTER = new Map(grammar.genres.flatMap((g) => ('after' in g ? [[g.name, g.after as string[]] as const] : [])))

/** Genres that end no title right after one of their words (`公开征求意见` is the act of asking, not the genre 意见). */
const NOT_AFTER = new Map(grammar.genres.flatMap((g) => ('notAfter' in g ? [[g.name, g.notAfter as string[]] as const] : [])))

/** The genres that stand anywhere (a body's `制定本{genre}`, a joined title): not those bound to `after` words. */
const FREE = GENRES.filter((g) => !AFTER.has(g))

/** Whether `t` ends with genre `g` standing where its `after` words allow (a subject of 4+ characters, no list marker, before them). */
function endsWithGenre(t: string, g: string): boolean {
  if (!t.endsWith(g)) return false
  if (NOT_AFTER.get(g)?.some((w) => t.slice(0, t.length - g.length).endsWith(w))) return false
  const after = AFTER.get(g)
  if (!after) return true
  const before = t.slice(0, t.length - g.length)
  return after.some((w) => {
    if (!before.endsWith(w)) return false
    const subject = before.slice(0, before.length - w.length)
    return subject.length >= 4 && !/^(?:[一二三四五六七八九十百\d]+[、.．]|[（(])/.test(subject)
  })
}

/**
 * The code units a title can end with and still end with a genre once genreOf has taken its trailing
 * bracket, quotes and spaces off: a genre's last, or one of what is taken off. Any other, and no
 * genre ends the title (genreOf answers without a copy of it).
 */
const MAY_END = withSpaceUnits(codeSet([...GENRES.map((g) => g[g.length - 1]), ...'）)”"》」']))

/** Turns the end test off, for the test that holds it to reading every title. @internal */
export const genreEndGate = { enabled: true }

/** The genre words of one family of grammars/genres.json (`rule`: 条例, 办法, 规定 …; `plan`; `statutory`), longest first. */
export function genresOfFamily(family: string): string[] {
  return GENRES.filter((name) => grammar.genres.some((g) => g.name === name && g.family === family))
}

/**
 * The genre (文种) a title ends with, longest match: `…行动方案` → 行动方案, `…的通知` → 通知.
 * Trailing brackets with a period (`（2013-2022年）`), up to two of them, and quotes are ignored.
 */
export function genreOf(title: string): string | null {
  return endingGenre(title) ?? seriesGenre(title)
}

function endingGenre(title: string): string | null {
  if (genreEndGate.enabled && MAY_END[title.charCodeAt(title.length - 1)] !== 1) return null
  const t = title
    // (two: a law site's version tag after a period, `全民健身计划(2011—2015年)(2011年)`)
    .replace(/(?:[（(][^（）()]{0,40}[）)]){1,2}$/, '')
    .replace(/[”"》」]+$/, '')
    .trim()
  for (const g of GENRES) if (endsWithGenre(t, g)) return g
  return null
}

const SERIES = grammar.seriesTitle
/** `<series>第N号——<part>`: the series (group 1) of a numbered standard whose part's name follows a dash. */
const SERIES_TITLE = new RegExp(`^(.{2,}?)${SERIES.number}\\s*(?:${SERIES.dashes.map(escapeRegExp).join('|')})\\s*[^\\s—―\\-－。；：][^。；：]{0,${SERIES.maxPart - 1}}$`)

/**
 * The genre of a numbered series' part, its own name after a dash (grammars/genres.json `seriesTitle`): the series word
 * before `第N号`, which ends no title itself.
 * @example seriesGenre('企业会计准则第5号——生物资产') // '准则'
 */
function seriesGenre(title: string): string | null {
  if (!title.includes('号')) return null
  const series = SERIES_TITLE.exec(title)?.[1]
  return series ? endingGenre(series) : null
}

/** A draft or revision mark closing a name, bracketed or not (grammars/genres.json `titleDraftMark`). */
const NAME_DRAFT_MARK = new RegExp(`\\s*(?:[（(](?:${wordAlternation(grammar.titleDraftMark)})[）)]|(?:${wordAlternation(grammar.titleDraftMark)}))$`)

/**
 * The genre of the name an issuing sentence gives an untitled text, read past a draft or revision mark closing it.
 * @example issuedNameGenre('某区巩固拓展脱贫攻坚成果“十四五”规划(2021—2025)修订稿') // '规划'
 */
export function issuedNameGenre(name: string): string | null {
  return genreOf(name) ?? genreOf(name.replace(NAME_DRAFT_MARK, ''))
}

const JOINED = new RegExp(`^[^\\s第，、；：（(]{4,}?(${FREE.map(escapeRegExp).join('|')})(?:${grammar.joiners.join('|')})[^，。；、：（）()《》]{1,10}$`)

/**
 * The genre of a title whose genre word is followed by a short second part (`grammars/genres.json`
 * joiners), for titles no genre ends; null otherwise.
 * @example genreWithin('阿拉善盟公文处理实施细则及文种式样') // '实施细则'
 */
export function genreWithin(title: string): string | null {
  if (genreOf(title)) return null
  return JOINED.exec(title.replace(/[”"》」]+$/, '').trim())?.[1] ?? null
}

/** A purpose clause opening a line (`为深入贯彻落实…`, grammars/genres.json purposeOpenings): the body's first sentence. */
const PURPOSE_OPENING = new RegExp(`^(?:${grammar.purposeOpenings.map(escapeRegExp).join('|')})`)
/** Whether `text` opens with a purpose clause (`为深入贯彻落实…`): the body's first sentence, no title. */
export const opensPurposeClause = (text: string): boolean => PURPOSE_OPENING.test(text)

/** Titles look like this: no sentence punctuation, bounded length, a genre or 关于. */
export function isTitleLike(text: string): boolean {
  // (a half-width full stop after a character ends a sentence too: a PDF export's `…制定本指导意见.`)
  if (text.length < 4 || text.length > 160 || /[。；！？：]$|\p{Script=Han}\.$/u.test(text) || /。/.test(text) || PURPOSE_OPENING.test(text)) return false
  // (a section heading is no title though its last word names a genre: `三、切实理清…的工作思路和措施` opening a law
  // site's second page of a text, outside117 01)
  if (SECTION_HEADING.test(text)) return false
  return genreOf(text) !== null || aboutAt(text) >= 0
}

/** A section heading's marker opening a line: `三、`, `（二）`. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/

/**
 * Where the word that introduces a title's subject (关于, grammars/genres.json `about`) starts, or -1.
 * @example aboutAt('深圳市人民政府关于推进数字政府建设的意见') // 7
 */
export function aboutAt(title: string): number {
  let at = -1
  for (const w of ABOUT) {
    const i = title.indexOf(w)
    if (i >= 0 && (at < 0 || i < at)) at = i
  }
  return at
}

const FORWARDING = new RegExp((grammar.forwarding as string[]).map(escapeRegExp).join('|'))

/**
 * Where a forwarding verb (`grammars/genres.json` forwarding: 转发, 批转) stands in the organs
 * before 关于, or -1: `安徽省农业农村厅转发农业农村部办公厅` → 8 (the issuer is the organ before it).
 * @example forwardingAt('安徽省农业农村厅转发农业农村部办公厅') // 8
 */
export function forwardingAt(prefix: string): number {
  return prefix.search(FORWARDING)
}

const IMPLEMENTING = new RegExp(wordAlternation(grammar.implementing))

/**
 * Where a verb implementing another organ's document (`grammars/genres.json` implementing: 贯彻) stands in
 * the organs before 关于, or -1: `浙江省人民政府贯彻国务院` → 7 (the issuer is the organ before it).
 * @example implementingAt('浙江省人民政府贯彻国务院') // 7
 */
export function implementingAt(prefix: string): number {
  return prefix.search(IMPLEMENTING)
}

const GENRE_ALT = FREE.map(escapeRegExp).join('|')
// an act cue's … is the rest of one sentence: no sentence end, no line break
const actSource = (cue: string) => cue.split('…').map(escapeRegExp).join('[^。；！？\\n]{1,80}?')
// (a phrase's … is a quoted title's words up to its genre: `，制定《…{genre}》。`; a scope clause names the genre as a purpose
// clause does: `本预案适用于…`, bodyScopeCues; a genre word may stand before the one the document goes by, as in a title:
// `制定本规划纲要` → 纲要, outside130 02)
const phraseSource = (cue: string) => cue.replace('…', '[^《》。]{0,60}?').replace('{genre}', `(?:${GENRE_ALT})?(?<g>${GENRE_ALT})`)
/**
 * Each cue phrase alone (`bodyCues`, `bodyScopeCues`: the genre its group `g`), then the acts in one pattern (a group `aN`
 * each). A phrase alone is searched for by its first word; in one alternation with the others, every phrase was tried at
 * every position of the opening (0.39 ms for a 2,000-character opening naming no genre, 0.21 ms so; the same answer on
 * 1,383 windows of the corpus and the outside texts).
 */
const PHRASES = [...grammar.bodyCues, ...grammar.bodyScopeCues].map((cue) => new RegExp(phraseSource(cue)))
const ACTS = grammar.bodyActs
const ACT = new RegExp(ACTS.map((a, i) => `(?<a${i}>${actSource(a.cue)})`).join('|'))

/**
 * The genre a body names for itself, for documents exported without a title line: the first
 * cue phrase of `grammars/genres.json` in `text` (the first paragraphs), a phrase naming the genre
 * (`bodyCues`) or an act only one genre performs (`bodyActs`: `现将《…》印发给你们` → 通知).
 * @example genreFromBody('为推进…，结合我市实际，制定本行动方案。') // '行动方案'
 * @example genreFromBody('现将《中小企业数字化转型指南》印发给你们，请认真贯彻执行。') // '通知'
 */
export function genreFromBody(text: string): string | null {
  // (the first cue in the text wins; at one place, the first of the grammar's order: phrases before acts)
  let at = Number.POSITIVE_INFINITY
  let genre: string | null = null
  for (const phrase of PHRASES) {
    const m = phrase.exec(text)
    if (m && m.index < at) {
      at = m.index
      genre = m.groups?.g ?? null
    }
  }
  const act = ACT.exec(text)
  if (act?.groups && act.index < at) genre = ACTS.find((_, i) => act.groups![`a${i}`] !== undefined)?.genre ?? null
  return genre
}

// an opening cue's … is the rest of one sentence, shorter than an act's: the congress named between 向 and 作
const openingSource = (cue: string) =>
  cue
    .split('{genre}')
    .map((part) => part.split('…').map(escapeRegExp).join('[^。；！？\\n]{1,20}?'))
    .join(`(${GENRE_ALT})`)
const OPENING_CUE = new RegExp(grammar.openingCues.map(openingSource).join('|'))

/**
 * The genre a report's opening names, for a titled document whose title names none: the first cue of
 * `grammars/genres.json` openingCues in `text` (the first paragraphs).
 * @example genreFromOpening('现在，我代表第十六届中央委员会向大会作报告。') // '报告'
 */
export function genreFromOpening(text: string): string | null {
  const m = OPENING_CUE.exec(text)
  return m ? (m.slice(1).find((g) => g !== undefined) ?? null) : null
}
