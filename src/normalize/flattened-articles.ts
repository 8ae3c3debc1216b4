import { cnNumber } from '../text/numerals.js'

/** An article number anywhere in a line (`第五条`, `第12條`). */
const ARTICLE = /第([一二三四五六七八九十百零〇两]{1,8}|\d{1,4})[条條]/g
/** A chapter number (`第一章`). */
const CHAPTER = /第[一二三四五六七八九十百零〇两]{1,6}[章]/g
/** How far into its line a law's row of articles may start: past a chapter heading (`第一章,总则`), no further. */
const OPENING_REACH = 16
/** Articles numbered on in a row before a line counts as a law run into one paragraph. */
const MIN_ARTICLES = 3
/** The least text between two articles of the row: cross-references stand next to each other (`第二条、第三条`). */
const MIN_ARTICLE_TEXT = 8
/**
 * What may follow an article's number in such a line: its text, or a separator a scrambling site typed for the
 * space (`第二条,`, `第五条。`, `第一条、`). Not what a cross-reference goes on with (`第三条规定`, `第二条第一款`,
 * `第五条的`, `第三条至第五条`, `第一百二十条之一`, `第五条中`): those words are refused below.
 */
const AFTER_REFERENCE = /^(?:规定|規定|第|的|至|之|及|和|或|与|與|所|款|项|項|中|以|、第)/
/** Separators printed right after an article's number in place of its space: read as the space. */
const SEPARATOR_AFTER = new Set(['，', ',', '、', '。', '．', '.', '；', ';', '：', ':'])

/**
 * A law run into one paragraph with its punctuation scrambled against copying (a standards library's page,
 * outside49 05): `第一章,总则第一条、为了…制定本条例、第二条,在…应当遵守本条例。…地区,第三条,…原则 第四条,省人民政府…
 * 第五条。…第六条 …` — the structure stage reads a run-in article only after a sentence end, and the article's pattern
 * refuses the 、 or 。 typed after its number. Where to break line [from, e), and which separator after each number to
 * read as a space: at each article numbered on in a row of at least three (第一条 → 第二条 → 第三条 …) with at least
 * eight characters of text between each and the next, the row starting the line (under its chapter heading, if any). Cross-references stay text: they stand next to each other
 * (`第二条、第三条`), go on with 规定 / 第…款 / 的 / 至, or break the row's numbering.
 */
export function flattenedArticleBreaks(t: string, from: number, e: number): { breaks: number[]; separators: number[] } {
  const found: Array<{ at: number; end: number; number: number }> = []
  // (the line read as its own string: a search over the whole text from `from` would run past the line's end to the
  // next article anywhere, once per long line — quadratic on a long text)
  const line = t.slice(from, e)
  ARTICLE.lastIndex = 0
  for (let m = ARTICLE.exec(line); m; m = ARTICLE.exec(line)) {
    const end = from + m.index + m[0].length
    if (AFTER_REFERENCE.test(t.slice(end, Math.min(e, end + 2)))) continue
    const number = cnNumber(m[1])
    if (number !== null) found.push({ at: from + m.index, end, number })
  }
  // the longest row numbered on, each article far enough from the one before; a cross-reference inside an article
  // (`依照第九条执行`) starts a row of its own and is passed over by the row it interrupts (rows kept as lengths and
  // links back, so that a line of 100k articles stays linear)
  const length: number[] = []
  const previous: number[] = []
  const rowEndingAt = new Map<number, number>()
  let bestEnd = -1
  found.forEach((article, k) => {
    const before = rowEndingAt.get(article.number - 1)
    const joins = before !== undefined && article.at - found[before].end >= MIN_ARTICLE_TEXT
    length[k] = joins ? length[before!] + 1 : 1
    previous[k] = joins ? before! : -1
    const same = rowEndingAt.get(article.number)
    if (same === undefined || length[k] >= length[same]) rowEndingAt.set(article.number, k)
    if (bestEnd < 0 || length[k] > length[bestEnd]) bestEnd = k
  })
  const best: typeof found = []
  for (let k = bestEnd; k >= 0; k = previous[k]) best.push(found[k])
  best.reverse()
  // (the line opens the law: its row starts at the line's start or under the chapter heading opening it — an article
  // listing cross-references inside a sentence, `…第十二条作业环境监测机构之管理、第十三条新化学物质之登记…`, opens with its text)
  if (best.length < MIN_ARTICLES || best[0].at - from > OPENING_REACH) return { breaks: [], separators: [] }
  // (the chapters of such a line have the same separator after their number: `第一章,总则第一条、…`)
  const chapters: number[] = []
  CHAPTER.lastIndex = 0
  for (let m = CHAPTER.exec(line); m; m = CHAPTER.exec(line)) chapters.push(from + m.index + m[0].length)
  return {
    breaks: best.map((a) => a.at).filter((at) => at > from),
    separators: [...chapters, ...best.map((a) => a.end)].filter((end) => end < e && SEPARATOR_AFTER.has(t[end])).sort((a, b) => a - b),
  }
}
