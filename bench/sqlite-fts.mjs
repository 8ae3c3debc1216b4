#!/usr/bin/env node
/**
 * Bench: full-text search for Chinese clause text, FTS5 trigram tokenizer vs jieba tokens in an
 * FTS5 table, over the clauses of an archive (default: the bulk archive batch-bulk-sqlite.mjs
 * leaves in bench/results/tmp/bulk.sqlite). For each: index size (dbstat), build time, and recall
 * per query against the truth "clauses whose heading or text contains the query" (instr). The
 * trigram index cannot match a term under 3 characters by itself: gongwen search scans with LIKE
 * then, so its effective recall is 1 by construction; the index-only figure is reported too.
 * Writes bench/results/sqlite-fts.json.
 *
 *   node bench/sqlite-fts.mjs [--archive bench/results/tmp/bulk.sqlite]
 */
import { createRequire } from 'node:module'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const Database = require('better-sqlite3')
const { Jieba } = require('@node-rs/jieba')
const { dict } = require('@node-rs/jieba/dict')

const { values } = parseArgs({ options: { archive: { type: 'string', default: join(repo, 'bench', 'results', 'tmp', 'bulk.sqlite') } } })
const QUERIES = {
  short: ['河长', '湖长', '农村', '扶贫', '养老', '医保', '税收', '环保', '林长', '网格'],
  long: [
    '河长制',
    '营商环境',
    '食品安全',
    '安全生产',
    '知识产权',
    '大气污染防治',
    '乡村振兴',
    '放管服',
    '一网通办',
    '垃圾分类',
    '市场监管',
    '公安局',
    '生态环境保护',
    '互联网+',
    '污染防治攻坚战',
    '最多跑一次',
  ],
}

const src = new Database(values.archive, { readonly: true })
const tmp = join(repo, 'bench', 'results', 'tmp')
mkdirSync(tmp, { recursive: true })
const clauses = () => src.prepare("SELECT id, coalesce(heading, '') AS heading, text FROM clauses ORDER BY id").raw().iterate()
const clauseCount = src.prepare('SELECT count(*) FROM clauses').pluck().get()
const textMB = src.prepare('SELECT sum(length(CAST(text AS BLOB)) + coalesce(length(CAST(heading AS BLOB)), 0)) FROM clauses').pluck().get() / 1e6

function tableBytes(db, prefix) {
  return db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? || '%'").pluck().get(prefix)
}

// the truth: every clause that contains the query (heading or text)
const truth = {}
for (const q of [...QUERIES.short, ...QUERIES.long]) {
  truth[q] = new Set(src.prepare("SELECT id FROM clauses WHERE instr(text, ?) OR instr(coalesce(heading, ''), ?)").pluck().all(q, q))
}

// trigram: measured on the archive's own index (external content over clauses)
const trigram = { bytes: tableBytes(src, 'clause_fts'), recall: {}, recallIndexOnly: {} }
{
  const t0 = performance.now()
  const file = join(tmp, 'fts-trigram.sqlite')
  rmSync(file, { force: true })
  const db = new Database(file)
  db.exec("CREATE TABLE c (id INTEGER PRIMARY KEY, heading TEXT, text TEXT); CREATE VIRTUAL TABLE f USING fts5(heading, text, content='c', content_rowid='id', tokenize='trigram')")
  const ins = db.prepare('INSERT INTO c VALUES (?, ?, ?)')
  const fts = db.prepare('INSERT INTO f (rowid, heading, text) VALUES (?, ?, ?)')
  db.transaction(() => {
    for (const [id, h, t] of clauses()) {
      ins.run(id, h, t)
      fts.run(id, h, t)
    }
  })()
  trigram.buildSeconds = +((performance.now() - t0) / 1000).toFixed(1)
  db.close()
  rmSync(file, { force: true })
}
for (const q of [...QUERIES.short, ...QUERIES.long]) {
  const found =
    [...q].length >= 3
      ? new Set(
          src
            .prepare('SELECT rowid FROM clause_fts WHERE clause_fts MATCH ?')
            .pluck()
            .all(`"${q.replace(/"/g, '""')}"`),
        )
      : new Set()
  const hit = [...truth[q]].filter((id) => found.has(id)).length
  trigram.recallIndexOnly[q] = truth[q].size ? +(hit / truth[q].size).toFixed(3) : null
  trigram.recall[q] = [...q].length >= 3 || !truth[q].size ? trigram.recallIndexOnly[q] : 1
}

// jieba: tokens (search mode: words and their sub-words) joined by spaces into an FTS5 table
const jieba = { recall: {} }
{
  const jb = Jieba.withDict(dict)
  const file = join(tmp, 'fts-jieba.sqlite')
  rmSync(file, { force: true })
  const db = new Database(file)
  db.pragma('journal_mode = OFF')
  db.exec("CREATE VIRTUAL TABLE f USING fts5(heading, text, content='', tokenize='unicode61')")
  const fts = db.prepare('INSERT INTO f (rowid, heading, text) VALUES (?, ?, ?)')
  const tok = (s) =>
    s
      ? jb
          .cutForSearch(s, true)
          .filter((w) => w.trim())
          .join(' ')
      : ''
  const t0 = performance.now()
  db.transaction(() => {
    for (const [id, h, t] of clauses()) fts.run(id, tok(h), tok(t))
  })()
  jieba.buildSeconds = +((performance.now() - t0) / 1000).toFixed(1)
  jieba.bytes = tableBytes(db, 'f')
  for (const q of [...QUERIES.short, ...QUERIES.long]) {
    // the query cut the same way (precise mode), as a phrase of its tokens
    const words = jb.cut(q, true).filter((w) => /[\p{L}\p{N}]/u.test(w))
    const phrase = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' + ')
    const found = new Set(phrase ? db.prepare('SELECT rowid FROM f WHERE f MATCH ?').pluck().all(phrase) : [])
    const hit = [...truth[q]].filter((id) => found.has(id)).length
    jieba.recall[q] = truth[q].size ? +(hit / truth[q].size).toFixed(3) : null
  }
  db.close()
  rmSync(file, { force: true })
}

const mean = (o, keys) => {
  const v = keys.map((k) => o[k]).filter((x) => x !== null)
  return +(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)
}
const result = {
  date: new Date().toISOString(),
  archive: values.archive,
  clauses: clauseCount,
  clauseTextMB: +textMB.toFixed(1),
  truthCounts: Object.fromEntries(Object.entries(truth).map(([q, s]) => [q, s.size])),
  trigram: {
    indexMB: +(trigram.bytes / 1e6).toFixed(1),
    buildSeconds: trigram.buildSeconds,
    meanRecallShort: mean(trigram.recall, QUERIES.short),
    meanRecallShortIndexOnly: mean(trigram.recallIndexOnly, QUERIES.short),
    meanRecallLong: mean(trigram.recall, QUERIES.long),
    recall: trigram.recall,
  },
  jieba: {
    indexMB: +(jieba.bytes / 1e6).toFixed(1),
    buildSeconds: jieba.buildSeconds,
    meanRecallShort: mean(jieba.recall, QUERIES.short),
    meanRecallLong: mean(jieba.recall, QUERIES.long),
    recall: jieba.recall,
  },
}
writeFileSync(join(repo, 'bench', 'results', 'sqlite-fts.json'), JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
