#!/usr/bin/env node
/**
 * Bench: full-text search for Chinese clause text over the clauses of an archive (default: the bulk
 * archive batch-bulk-sqlite.mjs leaves in bench/results/tmp/bulk.sqlite). Measures, against the
 * truth "clauses whose heading or text contains the query" (instr):
 * - the archive's own index (format 2: one token per character, contentless, detail=none; see
 *   src/batch/sqlite/search-index.ts): its size (dbstat), how many candidate clauses it hands the
 *   LIKE check, and recall and time of `gongwen search --json` itself (dist/cli.js: run `npm run
 *   build` first), i.e. the query path users get;
 * - the two alternatives, each built in its own temporary database: FTS5 with the trigram tokenizer
 *   (index-only recall: it cannot match a term under 3 characters) and jieba tokens in an FTS5 table.
 * Writes bench/results/sqlite-fts.json (or --out).
 *
 *   node bench/sqlite-fts.mjs [--archive bench/results/tmp/bulk.sqlite] [--out file.json]
 */
import { execFileSync } from 'node:child_process'
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

const { values } = parseArgs({
  options: {
    archive: { type: 'string', default: join(repo, 'bench', 'results', 'tmp', 'bulk.sqlite') },
    out: { type: 'string', default: join(repo, 'bench', 'results', 'sqlite-fts.json') },
  },
})
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

// the archive's own per-character index, and recall through `gongwen search` itself
const cli = join(repo, 'dist', 'cli.js')
const archive = { bytes: tableBytes(src, 'clause_fts'), recall: {}, falseHits: {}, candidates: {}, searchMs: {} }
{
  const candidates = src.prepare('SELECT count(*) FROM clause_fts WHERE clause_fts MATCH ?').pluck()
  for (const q of [...QUERIES.short, ...QUERIES.long]) {
    // the distinct characters the index keeps (as search-index.ts's candidateQuery)
    const chars = [...new Set([...q].filter((c) => c.charCodeAt(0) >= 0x80 || /[0-9a-z]/i.test(c)).map((c) => c.toLowerCase()))]
    archive.candidates[q] = chars.length ? candidates.get(chars.map((c) => `"${c}"`).join(' ')) : null
    const t0 = performance.now()
    let hits = []
    try {
      const out = execFileSync(process.execPath, [cli, 'search', values.archive, q, '--limit', String(truth[q].size + 10), '--json'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] })
      hits = JSON.parse(out.toString())
    } catch (e) {
      if (e.status !== 1) throw e // 1: no hit
    }
    archive.searchMs[q] = Math.round(performance.now() - t0)
    const found = new Set(hits.map((h) => h.clauseId))
    const hit = [...truth[q]].filter((id) => found.has(id)).length
    archive.recall[q] = truth[q].size ? +(hit / truth[q].size).toFixed(3) : null
    archive.falseHits[q] = found.size - hit // hits not containing the query: 0 by construction
  }
}

// trigram: FTS5's trigram tokenizer, external content, in its own temporary database
const trigram = { recallIndexOnly: {} }
{
  const file = join(tmp, 'fts-trigram.sqlite')
  rmSync(file, { force: true })
  const db = new Database(file)
  db.pragma('journal_mode = OFF')
  db.exec("CREATE TABLE c (id INTEGER PRIMARY KEY, heading TEXT, text TEXT); CREATE VIRTUAL TABLE f USING fts5(heading, text, content='c', content_rowid='id', tokenize='trigram')")
  const ins = db.prepare('INSERT INTO c VALUES (?, ?, ?)')
  const fts = db.prepare('INSERT INTO f (rowid, heading, text) VALUES (?, ?, ?)')
  const t0 = performance.now()
  db.transaction(() => {
    for (const [id, h, t] of clauses()) {
      ins.run(id, h, t)
      fts.run(id, h, t)
    }
  })()
  trigram.buildSeconds = +((performance.now() - t0) / 1000).toFixed(1)
  trigram.bytes = tableBytes(db, 'f')
  for (const q of [...QUERIES.short, ...QUERIES.long]) {
    const found =
      [...q].length >= 3
        ? new Set(
            db
              .prepare('SELECT rowid FROM f WHERE f MATCH ?')
              .pluck()
              .all(`"${q.replace(/"/g, '""')}"`),
          )
        : new Set()
    const hit = [...truth[q]].filter((id) => found.has(id)).length
    trigram.recallIndexOnly[q] = truth[q].size ? +(hit / truth[q].size).toFixed(3) : null
  }
  db.close()
  rmSync(file, { force: true })
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
  archivePath: values.archive,
  clauses: clauseCount,
  clauseTextMB: +textMB.toFixed(1),
  truthCounts: Object.fromEntries(Object.entries(truth).map(([q, s]) => [q, s.size])),
  archive: {
    index: 'per-character, contentless, detail=none (format 2)',
    indexMB: +(archive.bytes / 1e6).toFixed(2),
    meanRecallShort: mean(archive.recall, QUERIES.short),
    meanRecallLong: mean(archive.recall, QUERIES.long),
    recall: archive.recall,
    falseHits: Object.values(archive.falseHits).reduce((a, b) => a + b, 0),
    candidates: archive.candidates,
    searchMs: archive.searchMs,
  },
  trigram: {
    indexMB: +(trigram.bytes / 1e6).toFixed(1),
    buildSeconds: trigram.buildSeconds,
    meanRecallShortIndexOnly: mean(trigram.recallIndexOnly, QUERIES.short),
    meanRecallLongIndexOnly: mean(trigram.recallIndexOnly, QUERIES.long),
    recallIndexOnly: trigram.recallIndexOnly,
  },
  jieba: {
    indexMB: +(jieba.bytes / 1e6).toFixed(1),
    buildSeconds: jieba.buildSeconds,
    meanRecallShort: mean(jieba.recall, QUERIES.short),
    meanRecallLong: mean(jieba.recall, QUERIES.long),
    recall: jieba.recall,
  },
}
writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
