import grammar from '../../grammars/genres.json' with { type: 'json' }

const GENRES = grammar.genres.map((g) => g.name).sort((a, b) => b.length - a.length)
const ABOUT = grammar.about

/**
 * The genre (文种) a title ends with, longest match: `…行动方案` → 行动方案, `…的通知` → 通知.
 * Trailing brackets with a period (`（2013-2022年）`) and quotes are ignored.
 */
export function genreOf(title: string): string | null {
  const t = title
    .replace(/[（(][^（）()]{0,40}[）)]$/, '')
    .replace(/[”"》」]+$/, '')
    .trim()
  for (const g of GENRES) if (t.endsWith(g)) return g
  return null
}

/** Titles look like this: no sentence punctuation, bounded length, a genre or 关于. */
export function isTitleLike(text: string): boolean {
  if (text.length < 4 || text.length > 160 || /[。；！？]$/.test(text) || /。/.test(text)) return false
  return genreOf(text) !== null || aboutAt(text) >= 0
}

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

const GENRE_ALT = GENRES.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
const BODY_CUE = new RegExp(grammar.bodyCues.map((c) => c.replace('{genre}', `(?<g${grammar.bodyCues.indexOf(c)}>${GENRE_ALT})`)).join('|'))

/**
 * The genre a body names for itself, for documents exported without a title line: the first
 * cue phrase of `grammars/genres.json` in `text` (the first paragraphs).
 * @example genreFromBody('为推进…，结合我市实际，制定本行动方案。') // '行动方案'
 */
export function genreFromBody(text: string): string | null {
  const m = BODY_CUE.exec(text)
  if (!m?.groups) return null
  for (const v of Object.values(m.groups)) if (v) return v
  return null
}
