/**
 * SQLite archives: `gongwen batch --out x.sqlite` on the corpus, the README's SQL examples,
 * search / cites / merge on real documents, SIGKILL + resume, and bad archives.
 * better-sqlite3 is an optional dependency, but CI installs it: these tests fail (not skip) without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sqliteDriver, type Database } from '../../../src/batch/sqlite/driver.js'
import { openArchive, tableCounts } from '../../../src/batch/sqlite/archive.js'
import { searchArchive } from '../../../src/batch/sqlite/search.js'
import { citesOf } from '../../../src/batch/sqlite/cites.js'
import { inShard, parseShard } from '../../../src/batch/sqlite/shard.js'
import { finish } from '../helpers.js'

const repo = join(import.meta.dirname, '..', '..', '..')
const main = join(repo, 'src', 'cli', 'main.ts')
let tmp: string
let archive: string

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', main, ...args], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
}

const gongwen = (args: string[], env?: Record<string, string>) => finish(start(args, env))

const open = (path: string): Database => {
  const Driver = sqliteDriver()
  return new Driver(path, { readonly: true })
}

/** Clauses holding 营商环境 through the search index, as the README queries it: candidates, then the check. */
const FTS_营商环境 = "SELECT count(*) FROM clause_fts JOIN clauses c ON c.id = clause_fts.rowid WHERE clause_fts MATCH '营 商 环 境' AND instr(c.text, '营商环境') > 0"

const count = (path: string, sql: string): number => {
  if (!existsSync(path)) return 0
  const db = open(path)
  try {
    return db.prepare(sql).pluck().get() as number
  } catch {
    return 0
  } finally {
    db.close()
  }
}

/** The responsibility view without ids (they depend on the order documents finished in). */
function responsibility(path: string): string[] {
  const db = open(path)
  const rows = db.prepare('SELECT input, document, path, task, role, label, unit, canonical, unit_kind, deadlines, due_date FROM responsibility').raw().all() as unknown[][]
  db.close()
  return rows.map((r) => JSON.stringify(r)).sort()
}

function counts(path: string): Record<string, number> {
  const db = open(path)
  const c = tableCounts(db)
  db.close()
  delete c.archive_meta
  return c
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-sqlite-'))
  archive = join(tmp, 'corpus.sqlite')
  const r = await gongwen(['batch', 'corpus', '--out', archive, '--jobs', '2', '-q'])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
}, 240_000)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the driver', () => {
  it('better-sqlite3 is installed and built, with FTS5 trigram (CI installs it: no silent skip)', () => {
    const Driver = sqliteDriver()
    const db = new Driver(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    db.prepare('INSERT INTO t VALUES (?)').run('全面推行河长制')
    expect(db.prepare('SELECT count(*) FROM t WHERE t MATCH \'"河长制"\'').pluck().get()).toBe(1)
    db.close()
  })
})

describe('gongwen batch --out corpus.sqlite', () => {
  it('holds every corpus input and the same tasks, roles and deadlines as the documents', () => {
    const db = openArchive(archive)
    const top = db.prepare('SELECT json FROM documents WHERE parent_id IS NULL').pluck().all() as string[]
    let tasks = 0
    let roles = 0
    let deadlines = 0
    let docs = 0
    const walk = (d: { tasks: { roles: unknown[]; deadlines: unknown[] }[]; documents: unknown[] }) => {
      docs++
      for (const t of d.tasks) {
        tasks++
        roles += t.roles.length
        deadlines += t.deadlines.length
      }
      for (const s of d.documents) walk(s as typeof d)
    }
    for (const j of top) walk(JSON.parse(j))
    const c = tableCounts(db)
    expect(top.length).toBe(260)
    // the JSON is stored as TEXT (bound as bytes, cast), so JSON functions read it
    expect(db.prepare("SELECT count(*) FROM documents WHERE json IS NOT NULL AND typeof(json) <> 'text'").pluck().get()).toBe(0)
    expect(db.prepare("SELECT count(*) FROM documents WHERE parent_id IS NULL AND json_extract(json, '$.meta.title') IS title").pluck().get()).toBe(260)
    expect(c.inputs).toBe(260)
    expect(c.failures).toBe(0)
    expect(c.documents).toBe(docs)
    expect(c.tasks).toBe(tasks)
    expect(c.roles).toBe(roles)
    expect(c.deadlines).toBe(deadlines)
    expect(tasks).toBeGreaterThan(500)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('page_size', { simple: true })).toBe(16_384)
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
    db.close()
  })

  it('stores a real document with its 字号 parts, dates and clauses', () => {
    const db = openArchive(archive)
    const d = db.prepare("SELECT * FROM documents WHERE doc_number = '深办发〔2013〕3号'").get() as Record<string, unknown>
    expect(d).toMatchObject({ issuer_code: '深办发', doc_year: 2013, doc_serial: 3, doc_type: '通知', signed_date: '2013-03-15', status: '现行有效', encoding: 'utf-8', script: 'simplified' })
    expect(JSON.parse(d.issuers as string)).toEqual(['中共深圳市委办公厅', '深圳市人民政府办公厅'])
    // the plan it issues is a nested document with its own clauses and tasks
    const plan = db.prepare('SELECT id, title FROM documents WHERE parent_id = ?').get(d.id) as { id: number; title: string }
    expect(plan.title).toBe('创建平安深圳行动方案')
    expect(db.prepare('SELECT count(*) FROM clauses WHERE document_id = ?').pluck().get(plan.id)).toBeGreaterThan(10)
    db.close()
  })

  it('--resume on a finished archive adds nothing; other settings are refused', async () => {
    const before = counts(archive)
    const again = await gongwen(['batch', 'corpus', '--out', archive, '--jobs', '2', '-q', '--resume'])
    expect(again.code).toBe(0)
    expect(counts(archive)).toEqual(before)
    const other = await gongwen(['batch', 'corpus', '--out', archive, '--jobs', '2', '-q', '--resume', '--script', 'keep'])
    expect(other.code).toBe(2)
    expect(other.stderr).toContain('cannot resume with different settings')
  }, 120_000)
})

describe('README SQL examples', () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## SQLite archives'), readme.indexOf('\n## ', readme.indexOf('## SQLite archives') + 5))
  const examples = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1].trim())

  it('the section has SQL examples', () => {
    expect(section.length).toBeGreaterThan(1000)
    expect(examples.length).toBeGreaterThanOrEqual(5)
  })

  it.each(examples.map((sql, i) => [i + 1, sql]))('example %i runs and returns rows on the corpus archive', (_, sql) => {
    const db = openArchive(archive)
    try {
      for (const stmt of (sql as string).split(/;\s*\n/).filter((s) => s.trim())) {
        const rows = db.prepare(stmt).all()
        expect(rows.length).toBeGreaterThan(0)
      }
    } finally {
      db.close()
    }
  })
})

describe('search', () => {
  it('finds 河长制 through the search index with a marked snippet', () => {
    const db = openArchive(archive)
    const hits = searchArchive(db, '河长制', { limit: 50 })
    db.close()
    expect(hits.length).toBeGreaterThan(0)
    const hit = hits.find((h) => h.docNumber === '国办发〔2018〕117号')!
    expect(hit.input).toContain('国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知')
    expect(hit.path).toBe('二十八')
    expect(hit.snippet).toContain('[河长制]')
    expect(hit.line).toBeGreaterThan(1)
  })

  it('a 2-character word is found through the index as many times as LIKE finds it', () => {
    const db = openArchive(archive)
    const truth = db.prepare("SELECT count(*) FROM clauses WHERE text LIKE '%河长%' OR heading LIKE '%河长%'").pluck().get() as number
    const hits = searchArchive(db, '河长', { limit: 1000 })
    db.close()
    expect(truth).toBeGreaterThan(0)
    expect(hits).toHaveLength(truth)
    expect(hits.every((h) => h.snippet.includes('[河长]'))).toBe(true)
  })

  it('every hit of the index is a real occurrence, and none is missed', () => {
    const db = openArchive(archive)
    for (const q of ['营商环境', '食品安全', '安全生产', '知识产权保护']) {
      const truth = db.prepare("SELECT count(*) FROM clauses WHERE instr(text, ?) OR instr(coalesce(heading, ''), ?)").pluck().get(q, q) as number
      expect(searchArchive(db, q, { limit: 100000 }).length, q).toBe(truth)
    }
    db.close()
  })

  it('terms with ASCII letters, digits or punctuation, and several terms: exactly the clauses LIKE finds', () => {
    const db = openArchive(archive)
    const like = "(text LIKE '%' || ? || '%' OR coalesce(heading, '') LIKE '%' || ? || '%')"
    let found = 0
    for (const q of ['互联网+', '2020年', 'gdp', '“放管服”', '市场 监管', '河长 湖长']) {
      const terms = q.split(' ')
      const truth = db
        .prepare(`SELECT count(*) FROM clauses WHERE ${terms.map(() => like).join(' AND ')}`)
        .pluck()
        .get(...terms.flatMap((t) => [t, t])) as number
      const hits = searchArchive(db, q, { limit: 100000 })
      expect(hits.length, q).toBe(truth)
      expect(new Set(hits.map((h) => h.clauseId)).size, q).toBe(truth)
      found += truth
    }
    db.close()
    expect(found).toBeGreaterThan(20)
  })

  it('best matches first: more occurrences in a shorter clause rank higher', () => {
    const db = openArchive(archive)
    const hits = searchArchive(db, '安全生产', { limit: 100000 })
    const top = db.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(hits[0].clauseId) as string
    const last = db.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(hits.at(-1)!.clauseId) as string
    db.close()
    const occurrences = (t: string) => t.split('安全生产').length - 1
    expect(occurrences(top) / top.length).toBeGreaterThan(occurrences(last) / last.length)
  })

  it('gongwen search prints document, path, line and snippet; exit 1 when nothing matches', async () => {
    const r = await gongwen(['search', archive, '河长制', '--limit', '1'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^corpus\/.+\.txt:\d+ {2}.+ \[.+\]\n {4}.*\[河长制\]/)
    expect(r.stdout.trim().split('\n')).toHaveLength(2)
    const none = await gongwen(['search', archive, '不存在的词语组合'])
    expect(none.code).toBe(1)
  }, 60_000)
})

describe('--search-index later', () => {
  it('the batch leaves the index empty; search scans meanwhile, then the first gongwen search builds it', async () => {
    const out = join(tmp, 'later.sqlite')
    const r = await gongwen(['batch', 'corpus', '--out', out, '--jobs', '2', '-q', '--search-index', 'later'])
    expect(r.code).toBe(0)
    expect(count(out, FTS_营商环境)).toBe(0)
    const db = openArchive(out)
    const scanned = searchArchive(db, '营商环境', { limit: 1000 })
      .map((h) => h.clauseId)
      .sort((a, b) => a - b)
    db.close()
    const s = await gongwen(['search', out, '营商环境', '--limit', '1000'])
    expect(s.code).toBe(0)
    expect(s.stderr).toContain('building the search index')
    expect(count(out, FTS_营商环境)).toBe(scanned.length)
    const full = openArchive(archive)
    expect(scanned.length).toBe(searchArchive(full, '营商环境', { limit: 1000 }).length)
    full.close()
    expect(scanned.length).toBeGreaterThan(5)
    const again = await gongwen(['search', out, '营商环境'])
    expect(again.stderr).toBe('')
  }, 120_000)
})

describe('cites', () => {
  it('粤发〔2012〕19号 (not in the corpus) is cited by the Shenzhen and Guangzhou plans', () => {
    const db = openArchive(archive)
    const r = citesOf(db, '粤发[2012]19号')
    db.close()
    expect(r.docNumber).toBe('粤发〔2012〕19号')
    expect(r.documents).toEqual([])
    expect(r.citedBy.map((c) => c.document.title).sort()).toEqual(['创建平安广州推进方案（2013-2022年）', '创建平安深圳行动方案'])
    expect(r.citedBy.every((c) => c.cited === null)).toBe(true)
  })

  it('a document of the archive: who cites it (resolved by title) and what it cites', () => {
    const db = openArchive(archive)
    const resolved = db.prepare('SELECT t.title, count(*) n FROM citations c JOIN documents t ON t.id = c.cited_id WHERE t.parent_id IS NULL GROUP BY t.id ORDER BY n DESC LIMIT 1').get() as {
      title: string
      n: number
    }
    expect(resolved.n).toBeGreaterThan(0)
    const r = citesOf(db, `《${resolved.title}》`)
    expect(r.documents.length).toBeGreaterThan(0)
    expect(r.citedBy.length).toBeGreaterThanOrEqual(resolved.n)
    expect(r.citedBy.filter((c) => c.cited?.title === resolved.title).length).toBe(resolved.n)
    const notice = citesOf(db, '深办发〔2013〕3号')
    db.close()
    expect(notice.documents.map((d) => d.title)).toEqual(['中共深圳市委办公厅、深圳市人民政府办公厅关于印发《创建平安深圳行动方案》的通知'])
    expect(notice.cites.map((c) => c.raw)).toContain('《创建平安深圳行动方案》')
  })

  it('gongwen cites prints both directions', async () => {
    const r = await gongwen(['cites', archive, '粤发〔2012〕19号'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('粤发〔2012〕19号: not in this archive')
    expect(r.stdout).toContain('cited by 2:')
    expect(r.stdout).toContain('《创建平安深圳行动方案》')
  }, 60_000)
})

describe('shards and merge', () => {
  it('parseShard and inShard split inputs into disjoint parts', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 })
    expect(() => parseShard('0/2')).toThrow('between 1 and n')
    expect(() => parseShard('3')).toThrow('k/n')
    const keys = Array.from({ length: 400 }, (_, i) => `/data/corpus/${i}.txt:abc${i}`)
    const parts = [1, 2, 3].map((index) => keys.filter((k) => inShard(k, { index, count: 3 }, '/data')))
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(400)
    for (const p of parts) expect(p.length).toBeGreaterThan(100)
    // the same relative input lands in the same shard wherever the share is mounted
    expect(keys.map((k) => inShard(k, { index: 2, count: 3 }, '/data'))).toEqual(keys.map((k) => inShard(k.replace('/data', '/mnt/x'), { index: 2, count: 3 }, '/mnt/x')))
  })

  it('two shards merged equal the single archive: rows, responsibility view, citations', async () => {
    const parts = [join(tmp, 'part-1.sqlite'), join(tmp, 'part-2.sqlite')]
    const runs = await Promise.all(parts.map((p, i) => gongwen(['batch', 'corpus', '--out', p, '--jobs', '1', '-q', '--shard', `${i + 1}/2`])))
    for (const r of runs) expect(r.code).toBe(0)
    const n1 = count(parts[0], 'SELECT count(*) FROM inputs')
    const n2 = count(parts[1], 'SELECT count(*) FROM inputs')
    expect(n1 + n2).toBe(260)
    expect(Math.min(n1, n2)).toBeGreaterThan(80)
    const merged = join(tmp, 'merged.sqlite')
    const r = await gongwen(['merge', merged, ...parts])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('2 archives')
    expect(counts(merged)).toEqual(counts(archive))
    expect(responsibility(merged)).toEqual(responsibility(archive))
    const resolved = 'SELECT count(*) FROM citations WHERE cited_id IS NOT NULL'
    expect(count(merged, resolved)).toBe(count(archive, resolved))
    // a shard alone cannot resolve references to documents of the other part
    expect(count(parts[0], resolved) + count(parts[1], resolved)).toBeLessThan(count(archive, resolved))
    const db = openArchive(merged)
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
    expect(searchArchive(db, '河长制').length).toBe(searchArchive(openArchive(archive), '河长制').length)
    db.close()
  }, 240_000)
})

describe('SIGKILL and resume', () => {
  /** Starts a batch and SIGKILLs it once the archive has committed at least `inputs` inputs. */
  async function killAfter(args: string[], out: string, inputs: number) {
    // 10 records per transaction: with the default (500, or 2 s) a quiet machine can convert all
    // 260 inputs before the first commit, and the kill would come too late
    const child = start(args, { GONGWEN_SQLITE_BATCH: '10' })
    const done = finish(child)
    const timer = setInterval(() => {
      if (count(out, 'SELECT count(*) FROM inputs') >= inputs) {
        child.kill('SIGKILL')
        clearInterval(timer)
      }
    }, 20)
    const r = await done
    clearInterval(timer)
    return r
  }

  it('killed twice, resumed: the same row counts and responsibility view as the uninterrupted run', async () => {
    const out = join(tmp, 'killed.sqlite')
    const args = ['batch', 'corpus', '--out', out, '--jobs', '2', '-q']
    const first = await killAfter(args, out, 40)
    expect(first.signal).toBe('SIGKILL')
    const afterFirst = count(out, 'SELECT count(*) FROM inputs')
    expect(afterFirst).toBeGreaterThanOrEqual(40)
    expect(afterFirst).toBeLessThan(260)
    const second = await killAfter([...args, '--resume'], out, afterFirst + 60)
    expect(second.signal).toBe('SIGKILL')
    expect(count(out, 'SELECT count(*) FROM inputs')).toBeLessThan(260)
    const last = await gongwen([...args, '--resume'])
    expect(last.code).toBe(0)
    expect(counts(out)).toEqual(counts(archive))
    expect(responsibility(out)).toEqual(responsibility(archive))
    // the search index, built once every input is in, covers the clauses of all three runs
    const fts = FTS_营商环境
    expect(count(out, fts)).toBe(count(archive, fts))
    expect(count(out, fts)).toBeGreaterThan(5)
    expect(count(out, "SELECT count(*) FROM archive_meta WHERE key = 'search_index' AND value = 'ready'")).toBe(1)
  }, 240_000)
})

describe('bad archives', () => {
  it('not an SQLite file: batch refuses to overwrite it, search says what it is', async () => {
    const fake = join(tmp, 'notes.sqlite')
    writeFileSync(fake, '这不是数据库，只是一段文字。\n'.repeat(200))
    const r = await gongwen(['batch', 'corpus/seeds', '--out', fake, '-q'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is not an SQLite database')
    expect(readFileSync(fake, 'utf8')).toContain('这不是数据库')
    const s = await gongwen(['search', fake, '河长制'])
    expect(s.code).toBe(1)
    expect(s.stderr).toContain('is not an SQLite database')
    const foreign = join(tmp, 'other.db')
    const Driver = sqliteDriver()
    const db = new Driver(foreign)
    db.exec('CREATE TABLE t (x)')
    db.close()
    const f = await gongwen(['batch', 'corpus/seeds', '--out', foreign, '-q'])
    expect(f.code).toBe(1)
    expect(f.stderr).toContain('not a gongwen archive')
  }, 60_000)

  it('merge and cites on a part that is no SQLite file: clear error, the existing output archive left as it was', async () => {
    const out = join(tmp, 'merge-target.sqlite')
    writeFileSync(out, readFileSync(archive))
    const before = counts(out)
    const fake = join(tmp, 'part-notes.sqlite')
    writeFileSync(fake, '会议纪要：这不是归档文件。\n'.repeat(300))
    const r = await gongwen(['merge', out, archive, fake])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${fake} is not an SQLite database`)
    // every part is checked before the output is replaced: it still holds the corpus and answers queries
    expect(counts(out)).toEqual(before)
    const db = openArchive(out)
    expect(searchArchive(db, '河长制').length).toBeGreaterThan(0)
    db.close()
    const c = await gongwen(['cites', fake, '粤发〔2012〕19号'])
    expect(c.code).toBe(1)
    expect(c.stderr).toContain('is not an SQLite database')
  }, 60_000)

  it('a locked archive: clear error, and the archive is intact and usable after', async () => {
    const out = join(tmp, 'locked.sqlite')
    const Driver = sqliteDriver()
    const before = counts(archive)
    writeFileSync(out, readFileSync(archive))
    const holder = new Driver(out)
    holder.exec('BEGIN IMMEDIATE')
    const r = await gongwen(['batch', 'corpus', '--out', out, '-q', '--resume', '--jobs', '2'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is locked by another process')
    holder.exec('ROLLBACK')
    holder.close()
    expect(counts(out)).toEqual(before)
    const again = await gongwen(['batch', 'corpus', '--out', out, '-q', '--resume', '--jobs', '2'])
    expect(again.code).toBe(0)
  }, 120_000)

  it('a full disk: clear error; the archive keeps what was committed and resumes once there is room', async () => {
    // a real full disk (a 3 MB tmpfs) where we may mount one, else SQLite's own page limit
    const mnt = join(tmp, 'small')
    mkdirSync(mnt)
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt]).status === 0
    try {
      const out = join(mnt, 'full.sqlite')
      // (10 records per transaction, as in the kill test: a quiet machine parses more than fills 3 MB
      // before a time-based commit, and then nothing is committed when the disk fills)
      const env: Record<string, string> = { GONGWEN_SQLITE_BATCH: '10', ...(mounted ? {} : { GONGWEN_SQLITE_MAX_PAGES: '768' }) }
      const r = await gongwen(['batch', 'corpus', '--out', out, '-q', '--jobs', '2'], env)
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('the disk is full')
      expect(r.stderr).toContain('--resume')
      const kept = count(out, 'SELECT count(*) FROM inputs')
      expect(kept).toBeGreaterThan(0)
      expect(kept).toBeLessThan(260)
      const db = openArchive(out)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      // every committed input has all its rows: documents = inputs (+ nested plans), no orphan
      expect(db.prepare('SELECT count(*) FROM inputs WHERE document_id IS NULL AND failure_id IS NULL').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM documents WHERE parent_id IS NULL').pluck().get()).toBe(kept)
      db.close()
      // room again: move it somewhere roomy and resume there
      const roomy = join(tmp, 'resumed.sqlite')
      writeFileSync(roomy, readFileSync(out))
      if (existsSync(out + '-wal')) writeFileSync(roomy + '-wal', readFileSync(out + '-wal'))
      const again = await gongwen(['batch', 'corpus', '--out', roomy, '-q', '--jobs', '2', '--resume'])
      expect(again.code).toBe(0)
      expect(counts(roomy)).toEqual(counts(archive))
    } finally {
      if (mounted) spawnSync('umount', [mnt])
    }
  }, 240_000)
})
