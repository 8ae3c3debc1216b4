import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { findStages, rawCues, rawNoHead, stageGate, type StageBlock } from '../../../src/extract/time/stages.js'
import { repoTextFiles } from '../../helpers.js'

// findStages reads a block's heads only when the block can give one (the stage word, or a bracket
// whose inside the time gate lets through), and returns at once when no block can. The test
// holds that to reading every block: same stages, same output.
const ROOT = new URL('../../../', import.meta.url)
const dir = repoTextFiles
const DOCS = [...dir('corpus/seeds/'), ...dir('corpus/policy/'), ...dir('test/gold/blind/texts/')]
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8')

function lineBlocks(text: string): StageBlock[] {
  const out: StageBlock[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    out.push({ text: line, offset })
    offset += line.length + 1
  }
  return out
}

function ungated<T>(f: () => T): T {
  try {
    stageGate.enabled = false
    return f()
  } finally {
    stageGate.enabled = true
  }
}

describe('the stage heading gate changes nothing', () => {
  it('findStages on the lines of every corpus and blind document', () => {
    let found = 0
    for (const path of DOCS) {
      const blocks = lineBlocks(read(path))
      const all = ungated(() => findStages(blocks, { documentDate: '2020-01-01' }))
      expect(findStages(blocks, { documentDate: '2020-01-01' }), path).toEqual(all)
      if (all.length > 0) found++
    }
    // the comparison covers real stages, not only empty results
    expect(found).toBeGreaterThan(5)
  })

  it('parse() output of the seeds and policy documents that reach findStages', () => {
    for (const path of DOCS.filter((p) => p.startsWith('corpus/'))) {
      const text = read(path)
      // (the caller reads stages only in documents with such a cue: clause-time.ts STAGE_CUE)
      if (!/阶段|步骤|[（(](?:19|20)\d{2}/.test(text)) continue
      const all = JSON.stringify(ungated(() => parse(text)))
      expect(JSON.stringify(parse(text)), path).toBe(all)
    }
  })

  it('bracketed headings with no stage word are still read (工作安排 with dated steps)', () => {
    const blocks = [
      { text: '一、工作安排', offset: 0 },
      { text: '（一）动员部署（2021年3月底前）。制定方案。', offset: 7 },
      { text: '（二）组织实施（2021年4月至10月）。全面推进。', offset: 30 },
    ]
    expect(findStages(blocks).map((s) => [s.stage.name, s.stage.start, s.stage.end, s.stage.goal])).toEqual([
      ['动员部署', null, '2021-03-31', '制定方案'],
      ['组织实施', '2021-04-01', '2021-10-31', '全面推进'],
    ])
  })

  it('a stage word cut by a line break between two blocks is read on the pair as before', () => {
    const first = '本规划区分了第一阶'
    const blocks = [
      { text: first, offset: 0 },
      { text: '段（2021—2022年）和第二阶段（2023—2025年）两步推进。', offset: first.length + 1 },
    ]
    const all = ungated(() => findStages(blocks))
    expect(findStages(blocks)).toEqual(all)
    expect(all.map((s) => s.stage.name)).toContain('第二阶段')
  })

  it('a plan with dated brackets only in prose and no stage word has no stage', () => {
    const blocks = lineBlocks('一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）主要目标。到2025年，基本建成。\n二、保障措施\n加强组织领导。')
    expect(findStages(blocks)).toEqual([])
    expect(ungated(() => findStages(blocks))).toEqual([])
  })

  // The raw pre-test (rawNoHead) answers before any canonical copy: it must let through every block whose
  // canon could give a head, whatever width or spacing the input prints the heading in.
  it('the raw pre-test lets through headings printed half-width, spaced or run on into the next block', () => {
    const cases: StageBlock[][] = [
      lineBlocks('(一)启动实施(2021年)。完成摸底。\n(二)全面推进(2022年)。完成改造。'),
      lineBlocks('工作分三个阶段进行。\n从2021年到2023年共分三个阶段，包括启动、推进、总结。'),
      lineBlocks('第 一 步，到2025年，打好基础。\n第二步：到2030年，全面提升。'),
      [
        { text: '全市分两步推进：第一', offset: 0 },
        { text: '阶段（2021—2022年）试点，第二阶段（2023年）推广。', offset: 11 },
      ],
    ]
    let found = 0
    for (const blocks of cases) {
      const all = ungated(() => findStages(blocks, { documentDate: '2020-06-01' }))
      expect(findStages(blocks, { documentDate: '2020-06-01' })).toEqual(all)
      found += all.length
    }
    expect(found).toBeGreaterThan(5)
    // dated range lines are read only through the gate (the ungated reading takes every block as a stage-word one)
    const ranges = findStages(lineBlocks('３月１日至６月３０日，各单位开展自查；\n７月１日至９月３０日，组织抽查；'), { documentDate: '2020-06-01' })
    expect(ranges.map((s) => [s.stage.start, s.stage.end])).toEqual([
      ['2020-03-01', '2020-06-30'],
      ['2020-07-01', '2020-09-30'],
    ])
  })

  it('the raw pre-test skips a block only when neither it nor the stage word of the next can give a head', () => {
    const blocks = lineBlocks('加强组织领导，压实工作责任。\n强化督促检查。\n本项工作分为两个阶段。')
    const cues = rawCues(blocks)
    expect(rawNoHead(cues, 0)).toBe(true)
    // the next block holds the stage word: an inline head may run on across the junction
    expect(rawNoHead(cues, 1)).toBe(false)
    expect(rawNoHead(cues, 2)).toBe(false)
    expect(rawNoHead(rawCues(lineBlocks('做好（试点）工作。')), 0)).toBe(false)
    expect(rawNoHead(rawCues(lineBlocks('做好(试点)工作。')), 0)).toBe(false)
    expect(rawNoHead(rawCues(lineBlocks('六月底前完成。')), 0)).toBe(false)
  })
})
