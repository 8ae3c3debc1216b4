/**
 * outside-files-draw: a seeded draw of official documents from a folder of saved pages (issue #11, outside38).
 *
 * The search excerpts of the earlier probes end after about 2,000 characters, so a plan's tasks are cut (outside36,
 * outside37). A public repository that saved whole government pages gives whole documents. This script takes the
 * file names of such a folder on stdin, keeps the ones whose name shows an official document — a 字号 (`…号`) or a
 * genre word — and not a guide, a Q&A or a news item, sorts them, shuffles them with mulberry32 from the seed and
 * prints the first N, one per line.
 *
 *   git ls-tree --name-only HEAD docs/policy_sources/ | node --import tsx scripts/outside-files-draw.ts 20261227 5
 */
import { readFileSync } from 'node:fs'
import { mulberry32, shuffle } from './lib/random.js'

/** A name that shows an official document: a 字号, or a genre word of one. */
const OFFICIAL = /号|通告|公告|通知|办法|细则|条例|规定|方案|决定|意见|批复/
/** A name that shows a page about documents instead: a guide, a Q&A, a news item, a list or a service page. */
const NOT_OFFICIAL = /指南|指引|问答|问题|攻略|解答|流程|简介|详解|清单|热点|\d+问|新闻|目录|穗好办|新措/

export function officialNames(names: string[]): string[] {
  return names
    .map((n) => n.trim())
    .filter((n) => /\.(html?|txt|md)$/.test(n) && OFFICIAL.test(n) && !NOT_OFFICIAL.test(n))
    .sort()
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')
if (isMain) {
  const seed = Number(process.argv[2] ?? 20261227)
  const n = Number(process.argv[3] ?? 5)
  const names = officialNames(readFileSync(0, 'utf8').split('\n'))
  console.error(`${names.length} official documents in the folder`)
  for (const name of shuffle(names, mulberry32(seed)).slice(0, n)) console.log(name)
}
