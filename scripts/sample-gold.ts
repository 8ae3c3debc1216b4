/**
 * Draws the blind development gold sample (issue #11, Method) with a fixed seed, so that anyone can
 * re-draw exactly the same 44 documents:
 *
 *   node --import tsx scripts/sample-gold.ts            # writes test/gold/blind/SAMPLE.tsv + texts/
 *
 * Seven families the 17-document gold covers thinly, 6 or 7 documents each. Texts longer than
 * MAX_CHARS are skipped so that every document can be read whole by its annotator (a bias towards
 * shorter texts, stated in test/gold/blind/README.md). Documents whose text equals one already in
 * test/gold, or one already drawn, are skipped too (the corpus holds a few verbatim duplicates).
 *
 * Index layout: for each family the first half of its draw (rounded up for the first 7-document
 * family, down for the second) takes the low indices 0–21, the rest 22–43, so each of the two
 * annotators gets about three documents of every family.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { mulberry32 } from './lib/random.js'

/** The fixed seed of the draw (the date the sample was drawn). Changing it changes the whole sample. */
export const SEED = 20261130
const MAX_CHARS = 20_000
const REPO = new URL('..', import.meta.url).pathname
const BULK = join(REPO, '../shared/corpus/bulk')
const OUT = join(REPO, 'test/gold/blind')

interface Candidate {
  id: string
  /** where the text comes from: the corpus/ path, or the bulk source repository and path */
  source: string
  text: string
  /** set for corpus/ documents: referenced in place, not copied */
  corpusFile?: string
}

interface Family {
  name: string
  size: number
  pool: Candidate[]
}

function readBulk(name: string): Candidate[] {
  const raw = gunzipSync(readFileSync(join(BULK, `${name}.jsonl.gz`))).toString('utf8')
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; source: string; path: string; text: string })
    .map((r) => ({ id: r.id, source: `${r.source}:${r.path}`, text: r.text }))
}

function corpusPolicy(prefix: string): Candidate[] {
  const dir = join(REPO, 'corpus/policy')
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.txt'))
    .map((f) => ({ id: f.replace(/\.txt$/, ''), source: `corpus/policy/${f}`, corpusFile: `corpus/policy/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
}

/** Texts already annotated in test/gold (matched by text, so verbatim duplicates are excluded too). */
function goldTexts(): Set<string> {
  const dir = join(REPO, 'test/gold')
  const hashes = new Set<string>()
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'baseline.json')) {
    const file = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { file: string }).file
    hashes.add(hash(readFileSync(join(REPO, file), 'utf8')))
  }
  return hashes
}

const hash = (s: string): string => createHash('sha1').update(s).digest('hex')

/**
 * A politic_analysis export counts as "with a title line" when its first non-empty line is short,
 * has no sentence punctuation and ends in a genre word; otherwise it starts with the body
 * (主送, 为贯彻…, 第一章, 一、…): a body-only export.
 */
const GENRE = /(通知|意见|方案|计划|规划|办法|规定|细则|指南|纲要|规范|要点|条例|决定|公告|通告|批复|函|标准|目录|清单|名单|体系)[）)]?$/
function hasTitleLine(text: string): boolean {
  const first =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  return first.length <= 60 && !/[。；：:，,]/.test(first) && GENRE.test(first)
}

function families(): Family[] {
  const politic = corpusPolicy('politic_analysis_2025__')
  const law = readBulk('lawrefbook')
  const nationalDirs = /^lawrefbook\/(宪法|宪法相关法|民法典|民法商法|行政法|经济法|社会法|刑法|诉讼与非诉讼程序法|行政法规|部门规章)\//
  return [
    { name: 'lawdb-titled', size: 6, pool: politic.filter((c) => hasTitleLine(c.text)) },
    { name: 'body-only', size: 7, pool: politic.filter((c) => !hasTitleLine(c.text)) },
    { name: 'govcn', size: 6, pool: corpusPolicy('govcn_platform1__') },
    { name: 'local-regulation', size: 7, pool: law.filter((c) => /^lawrefbook\/DLC_[^/]*地方法规\//.test(c.id)) },
    { name: 'national-law', size: 6, pool: law.filter((c) => nationalDirs.test(c.id)) },
    { name: 'taiwan-law', size: 6, pool: readBulk('mojlaw_tw') },
    { name: 'work-report', size: 6, pool: readBulk('political_reports').filter((c) => c.id.startsWith('political_reports/government_')) },
  ]
}

/** A short file-name-safe name: the id's last segment, letters and digits only, at most 24 chars. */
function shortName(id: string): string {
  const last = id
    .split('/')
    .pop()!
    .replace(/\.(txt|md)$/, '')
    .replace(/^(politic_analysis_2025__|govcn_platform1__|government_(None|\d+)_)/, '')
  return last
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 24)
}

function main(): void {
  const rand = mulberry32(SEED)
  const taken = goldTexts()
  const low: string[][] = []
  const high: string[][] = []
  let odd = 0
  for (const fam of families()) {
    // Sort first so the draw does not depend on file-system or archive order.
    const pool = fam.pool.filter((c) => [...c.text].length <= MAX_CHARS).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const drawn: Candidate[] = []
    while (drawn.length < fam.size && pool.length) {
      const c = pool.splice(Math.floor(rand() * pool.length), 1)[0]!
      const h = hash(c.text)
      if (taken.has(h) || c.text.trim() === '') continue
      taken.add(h)
      drawn.push(c)
    }
    const half = fam.size % 2 === 0 ? fam.size / 2 : odd++ === 0 ? Math.ceil(fam.size / 2) : Math.floor(fam.size / 2)
    drawn.forEach((c, i) => (i < half ? low : high).push([fam.name, c.id, c.source, String([...c.text].length), c.corpusFile ?? '', c.text]))
  }
  const rows = [...low, ...high]
  mkdirSync(join(OUT, 'texts'), { recursive: true })
  const lines = ['index\tfamily\tid\tsource\tchars\tfile']
  rows.forEach(([family, id, source, chars, corpusFile, text], index) => {
    let file = corpusFile!
    if (!file) {
      file = `test/gold/blind/texts/${index}-${shortName(id!)}.txt`
      if (!existsSync(join(REPO, file))) writeFileSync(join(REPO, file), text!)
    }
    lines.push([index, family, id, source, chars, file].join('\t'))
  })
  writeFileSync(join(OUT, 'SAMPLE.tsv'), lines.join('\n') + '\n')
  process.stdout.write(`seed ${SEED}: ${rows.length} documents → test/gold/blind/SAMPLE.tsv\n`)
}

main()
