import grammar from '../../grammars/genres.json' with { type: 'json' }

const GENRES = grammar.genres.map((g) => g.name).sort((a, b) => b.length - a.length)

/**
 * The genre (文种) a title ends with, longest match: `…行动方案` → 行动方案, `…的通知` → 通知.
 * Trailing brackets with a period (`（2013-2022年）`) and quotes are ignored.
 */
export function genreOf(title: string): string | null {
  const t = title.replace(/[（(][^（）()]{0,40}[）)]$/, '').replace(/[”"》」]+$/, '').trim()
  for (const g of GENRES) if (t.endsWith(g)) return g
  return null
}

/** Titles look like this: no sentence punctuation, bounded length, a genre or 关于. */
export function isTitleLike(text: string): boolean {
  if (text.length < 4 || text.length > 160 || /[。；！？]$/.test(text) || /。/.test(text)) return false
  return genreOf(text) !== null || /关于/.test(text)
}
