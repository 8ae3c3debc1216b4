/**
 * The draw of the stage gold sets (scripts/sample-gold-d.ts, scripts/sample-gold-e.ts): which lines make a
 * text hold a stage or milestone section (stageLines), and the draw itself — bulk files, a size bound, the
 * overlap rule of gold-pool.ts, one document per bulk file with candidates and the rest by pool size.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BulkRecord, goldLines, overlaps, REPO, readBulk } from './gold-pool.js'
import { allocate, mulberry32 } from './random.js'

/** Traditional forms of the characters the stage words use, folded so Taiwan texts are matched too. */
const FOLD: Record<string, string> = { 階: '阶', 實: '实', 進: '进', 驟: '骤', 時: '时', 間: '间', 節: '节', 點: '点', 標: '标', 個: '个', 兩: '两' }
const fold = (s: string): string => s.replace(/[階實進驟時間節點標個兩]/g, (c) => FOLD[c]!)

/** The stage words (第X阶段, 分…阶段, 进度安排, 实施步骤, 推进步骤, 工作步骤, 时间安排, 时间节点, 阶段目标). */
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

/**
 * The stage lines of a long mainland plan (blind-e): blind-d's rule, and the two forms the reports and
 * 规划 print their stages in, which that rule does not see — a numbered step or count word with a period
 * (`第一步，到2020年…`, `第一个阶段，从二〇二〇年到二〇三五年`, `第二步，到本世纪末`) and a period printed
 * before the count of stages (`从二〇二〇年到本世纪中叶可以分两个阶段来安排`). A step without a period
 * (`对国营大中型企业，要分两步走。第一步，实行税利并存`, `迈出的第一步`) does not count.
 */
const YEAR = String.raw`(?:\d{4}\s*年|[〇○零一二三四五六七八九]{4}年|本世纪)`
const STEP_PERIOD = new RegExp(String.raw`第[一二三四五六七八九十]+(?:步|个阶段)[^。；]{0,12}?${YEAR}`)
const PERIOD_BEFORE = new RegExp(String.raw`${YEAR}[^。；]{0,16}?分[一二三四五六两\d]+(?:个阶段|步)`)
export function planStageLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => fold(l.trim()))
    .filter((l) => stageLines(l).length > 0 || STEP_PERIOD.test(l) || PERIOD_BEFORE.test(l))
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
function corpusFile(bulk: string, id: string): string | null {
  const name = id.split('/').pop()!
  const file = `corpus/policy/${bulk}__${name.replace(/\.txt$/, '')}.txt`
  return existsSync(join(REPO, file)) ? file : null
}

interface Candidate extends BulkRecord {
  bulk: string
  chars: number
}

export interface StageDraw {
  /** The set's folder under test/gold (blind-d, blind-e). */
  dir: string
  seed: number
  size: number
  /** Longer texts are skipped so that each can be read whole. */
  maxChars: number
  bulkFiles: string[]
  /** The lines that make a text a candidate (default: blind-d's rule, stageLines). */
  lines?: (text: string) => string[]
  /** The SAMPLE.tsv header of the lines count (default `stage lines`). */
  linesColumn?: string
}

/**
 * Draws a stage gold set: writes test/gold/<dir>/SAMPLE.tsv (index, bulk file, id, source, chars, stage
 * lines, file) and copies each drawn text that is not in corpus/policy to texts/. Prints the pool per
 * bulk file. The pool of each file is sorted by id, so the draw does not depend on archive order.
 */
export function drawStageSet({ dir, seed, size, maxChars, bulkFiles, lines: stageRule = stageLines, linesColumn = 'stage lines' }: StageDraw): void {
  const out = join(REPO, 'test/gold', dir)
  const rand = mulberry32(seed)
  const taken = goldLines(out)
  const pools = bulkFiles.map((bulk) =>
    readBulk(bulk)
      .map((r) => ({ ...r, bulk, chars: [...r.text].length }))
      .filter((c) => c.chars <= maxChars && stageRule(c.text).length > 0)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  )
  // Candidates already in a gold set leave the pool before sizes are counted (the allocation is over what can be drawn).
  const open = pools.map((p) => p.filter((c) => !overlaps(c.text, new Set(taken))))
  const have = bulkFiles.map((_, i) => i).filter((i) => open[i]!.length > 0)
  const want = allocate(
    have.map((i) => open[i]!.length),
    have.map((i) => open[i]!.length),
    size,
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
  })
  bulkFiles.forEach((bulk, i) => {
    const got = rows.filter((r) => r.bulk === bulk).length
    process.stdout.write(`${bulk}: pool ${pools[i]!.length}, not in gold ${open[i]!.length}, drawn ${got}\n`)
  })
  if (rows.length < size) process.stdout.write(`the pool holds fewer than ${size} documents not in gold: all ${rows.length} drawn\n`)
  mkdirSync(join(out, 'texts'), { recursive: true })
  const lines = [`index\tbulk\tid\tsource\tchars\t${linesColumn}\tfile`]
  rows.forEach((c, index) => {
    let file = corpusFile(c.bulk, c.id)
    if (!file) {
      file = `test/gold/${dir}/texts/${index}-${shortName(c.id)}.txt`
      writeFileSync(join(REPO, file), c.text)
    }
    lines.push([index, c.bulk, c.id, `${c.source}:${c.path}`, c.chars, stageRule(c.text).length, file].join('\t'))
  })
  writeFileSync(join(out, 'SAMPLE.tsv'), `${lines.join('\n')}\n`)
  process.stdout.write(`seed ${seed}: ${rows.length} documents → test/gold/${dir}/SAMPLE.tsv\n`)
}
