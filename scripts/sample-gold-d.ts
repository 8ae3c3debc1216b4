/**
 * Draws the fourth gold set, test/gold/blind-d/ (issue #11, Method): documents with a STAGE or
 * MILESTONE section — the field the other sets barely measure (blind-c holds 5 stages, the outside
 * probes' pages are cut at about 2,000 characters).
 *
 *   node --import tsx scripts/sample-gold-d.ts          # writes test/gold/blind-d/SAMPLE.tsv + texts/
 *
 * Pool: every document of the bulk files (/work/shared/corpus/bulk/*.jsonl.gz, which hold the repo's
 * corpus/policy texts again) of at most MAX_CHARS characters that holds a stage section (see
 * stageLines) and whose text is in no gold set yet (blind-c's overlap rule, scripts/lib/gold-pool.ts).
 * The draw is spread over the bulk files that have candidates: each gets one document, the rest by
 * pool size (largest remainder), seed SEED (mulberry32). A drawn text that is in corpus/policy is
 * referenced in place; the others are copied to texts/ (the repo's corpus stays untouched).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BulkRecord, goldLines, overlaps, REPO, readBulk } from './lib/gold-pool.js'
import { allocate, mulberry32 } from './lib/random.js'

/** The fixed seed of the draw. Changing it changes the whole sample. */
export const SEED = 20261207
const SIZE = 10
/** Longer texts are skipped so that each can be read whole (bias: long 规划 and laws are left out). */
const MAX_CHARS = 15_000
const OUT = join(REPO, 'test/gold/blind-d')
const BULK_FILES = ['govcn_platform1', 'politic_analysis_2025', 'lawrefbook', 'mojlaw_tw', 'political_reports']

/** Traditional forms of the characters the stage words use, folded so Taiwan texts are matched too. */
const FOLD: Record<string, string> = { 階: '阶', 實: '实', 進: '进', 驟: '骤', 時: '时', 間: '间', 節: '节', 點: '点', 標: '标', 個: '个', 兩: '两' }
const fold = (s: string): string => s.replace(/[階實進驟時間節點標個兩]/g, (c) => FOLD[c]!)

/** The stage words of the brief (第X阶段, 分…阶段, 进度安排, 实施步骤, 推进步骤, 工作步骤, 时间安排, 时间节点, 阶段目标). */
const WORD = String.raw`第[一二三四五六七八九十\d]+阶段|分[一二三四五六两\d]+个?阶段|进度安排|实施步骤|推进步骤|工作步骤|时间安排|时间节点|阶段目标`
/** An optional marker before a heading: 一、 （一） 1. 第一章 ## … */
const MARKER = String.raw`(?:#+\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*|第[一二三四五六七八九十]+[章节部分]\s*)?`
/** A heading: the word opens the line and the line is short, or the word is followed by ：（ or a space (a run-in heading). */
const OPENS = new RegExp(`^${MARKER}(?:${WORD})`)
const RUN_IN = new RegExp(`^${MARKER}(?:${WORD})\\s*(?:[：:（(]|\\s)`)
/** With a period: a year or month within a few characters after the word (第一阶段（2016-2017年）, 第一阶段，到2025年). */
const PERIOD = new RegExp(`(?:${WORD})[^。；]{0,12}?(?:\\d{4}\\s*年|[〇○零一二三四五六七八九]{4}年|\\d{1,2}\\s*月|民国|民國)`)

/** The lines that make a text a candidate (阶段 in running prose — 现阶段, 两个阶段的试验 — does not count). */
export function stageLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => fold(l.trim()))
    .filter((l) => (OPENS.test(l) && (RUN_IN.test(l) || (l.length <= 30 && !/[。；]/.test(l)))) || PERIOD.test(l))
}

interface Candidate extends BulkRecord {
  bulk: string
  chars: number
}

/** A short file-name-safe name: the id's last segment, letters and digits only, at most 24 chars. */
const shortName = (id: string): string =>
  id
    .split('/')
    .pop()!
    .replace(/\.(txt|md)$/, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 24)

/** corpus/policy holds the politic_analysis_2025 and govcn_platform1 texts as `<bulk>__<name>.txt`. */
function corpusFile(c: Candidate): string | null {
  const name = c.id.split('/').pop()!
  const file = `corpus/policy/${c.bulk}__${name.replace(/\.txt$/, '')}.txt`
  return existsSync(join(REPO, file)) ? file : null
}

function main(): void {
  const rand = mulberry32(SEED)
  const taken = goldLines(OUT)
  const pools = BULK_FILES.map((bulk) =>
    readBulk(bulk)
      .map((r) => ({ ...r, bulk, chars: [...r.text].length }))
      .filter((c) => c.chars <= MAX_CHARS && stageLines(c.text).length > 0)
      // Sorted so the draw does not depend on archive order.
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  )
  // Candidates already in a gold set leave the pool before sizes are counted (the allocation is over what can be drawn).
  const open = pools.map((p) => p.filter((c) => !overlaps(c.text, new Set(taken))))
  const have = BULK_FILES.map((_, i) => i).filter((i) => open[i]!.length > 0)
  const want = allocate(
    have.map((i) => open[i]!.length),
    have.map((i) => open[i]!.length),
    SIZE,
    1,
  )
  const rows: Candidate[] = []
  have.forEach((i, k) => {
    const pool = open[i]!.slice()
    let got = 0
    while (got < want[k]! && pool.length) {
      const c = pool.splice(Math.floor(rand() * pool.length), 1)[0]!
      if (overlaps(c.text, taken)) continue // a duplicate of one drawn before
      rows.push(c)
      got++
    }
    process.stdout.write(`${BULK_FILES[i]}: pool ${pools[i]!.length}, not in gold ${open[i]!.length}, drawn ${got}\n`)
  })
  mkdirSync(join(OUT, 'texts'), { recursive: true })
  const lines = ['index\tbulk\tid\tsource\tchars\tstage lines\tfile']
  rows.forEach((c, index) => {
    let file = corpusFile(c)
    if (!file) {
      file = `test/gold/blind-d/texts/${index}-${shortName(c.id)}.txt`
      writeFileSync(join(REPO, file), c.text)
    }
    lines.push([index, c.bulk, c.id, `${c.source}:${c.path}`, c.chars, stageLines(c.text).length, file].join('\t'))
  })
  writeFileSync(join(OUT, 'SAMPLE.tsv'), `${lines.join('\n')}\n`)
  process.stdout.write(`seed ${SEED}: ${rows.length} documents → test/gold/blind-d/SAMPLE.tsv\n`)
}

// Run only as a script: stageLines is imported by the corpus scan of the stage families.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main()
