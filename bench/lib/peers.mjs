/**
 * The ceiling and the peers, on the same documents as the stages, each run per document:
 * - ceiling: read the file (page cache) + UTF-8 decode + one regex scan for clause markers;
 * - chrono-node zh (casual, and the hans-only parser), reference date fixed;
 * - opencc-js traditional → mainland simplified (the converter gongwen itself uses);
 * - @node-rs/jieba word segmentation with its default dictionary, HMM off.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chrono from 'chrono-node'
import * as OpenCC from 'opencc-js/t2cn'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { ROOT } from './gongwen.mjs'
import { throughput } from './measure.mjs'

/** One linear scan: clause and item markers (第…条/章/节, 一、). No nested quantifiers. */
const MARKERS = /第[一二三四五六七八九十百千零〇\d]{1,8}[章节条條]|[一二三四五六七八九十]{1,3}、/g
export const CEILING_REGEX = MARKERS.source

function scan(text) {
  let n = 0
  MARKERS.lastIndex = 0
  while (MARKERS.exec(text)) n++
  return n
}

export async function measurePeers(corpus, o = {}) {
  const bytes = corpus.reduce((a, d) => a + d.bytes.length, 0)
  const paths = corpus.map((d) => join(ROOT, 'corpus', d.name))
  const ref = new Date(2020, 0, 1)
  const t2cn = OpenCC.Converter({ from: 'tw', to: 'cn' })
  const jieba = Jieba.withDict(dict)
  let sink = 0
  const peers = [
    {
      name: 'ceiling: read + one regex scan',
      kind: 'ceiling',
      run: () => {
        for (const p of paths) sink += scan(readFileSync(p).toString('utf8'))
      },
    },
    {
      name: 'regex scan only (in memory)',
      kind: 'ceiling',
      run: () => {
        for (const d of corpus) sink += scan(d.text)
      },
    },
    {
      name: 'chrono-node zh.parse (casual)',
      kind: 'peer',
      run: () => {
        for (const d of corpus) sink += chrono.zh.parse(d.text, ref).length
      },
    },
    {
      name: 'chrono-node zh.hans.parse',
      kind: 'peer',
      run: () => {
        for (const d of corpus) sink += chrono.zh.hans.parse(d.text, ref).length
      },
    },
    {
      name: 'opencc-js t2cn (tw → cn)',
      kind: 'peer',
      run: () => {
        for (const d of corpus) sink += t2cn(d.text).length
      },
    },
    {
      name: '@node-rs/jieba cut (HMM off)',
      kind: 'peer',
      run: () => {
        for (const d of corpus) sink += jieba.cut(d.text, false).length
      },
    },
  ]
  const rows = []
  for (const p of peers) {
    const r = await throughput(p.run, bytes, o)
    rows.push({ name: p.name, kind: p.kind, ...r })
    o.log?.(`  ${p.name.padEnd(34)} ${r.mbPerSecCpu.toFixed(1).padStart(8)} MB/s (cpu) ${r.mbPerSecWall.toFixed(1).padStart(8)} MB/s (wall)`)
  }
  if (sink === -1) console.log(sink) // keeps the results observable
  return { bytes, regex: CEILING_REGEX, rows }
}
