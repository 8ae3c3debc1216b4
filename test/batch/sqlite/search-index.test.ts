/**
 * The per-character search index: the text it indexes, the candidate query of a term, and that
 * candidates plus the substring check find exactly the clauses holding a term, on real clause text.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sqliteDriver } from '../../../src/batch/sqlite/driver.js'
import { candidateQuery, rebuildSearchIndex, SEARCH_INDEX_DDL, spacedChars } from '../../../src/batch/sqlite/search-index.js'

const repo = join(import.meta.dirname, '..', '..', '..')

describe('spacedChars', () => {
  it('one token per distinct character: whitespace and ASCII punctuation dropped, a surrogate pair kept whole', () => {
    expect(spacedChars('全面推行河长制。')).toBe('全 面 推 行 河 长 制 。 ')
    expect(spacedChars('“互联网+”政务 R&D 2.6%')).toBe('“ 互 联 网 ” 政 务 R D 2 6 ')
    expect(spacedChars('𠀋字\n')).toBe('𠀋 字 ')
    expect(spacedChars('')).toBe('')
  })

  it('each character once, in order of first occurrence (ASCII letters whatever their case)', () => {
    expect(spacedChars('全面推行河长制，落实河长制。')).toBe('全 面 推 行 河 长 制 ， 落 实 。 ')
    expect(spacedChars('GDP增长，gdp总量')).toBe('G D P 增 长 ， 总 量 ')
    // a new text starts afresh: what the last one held is indexed again
    expect(spacedChars('河长制')).toBe('河 长 制 ')
    expect(spacedChars('𠀋𠀋')).toBe('𠀋 𠀋 ')
  })
})

describe('candidateQuery', () => {
  it('each distinct indexed character once, quoted; null when the term has none', () => {
    expect(candidateQuery('河长制')).toBe('"河" "长" "制"')
    expect(candidateQuery('长江长')).toBe('"长" "江"')
    expect(candidateQuery('GDP')).toBe('"g" "d" "p"')
    expect(candidateQuery('+-')).toBeNull()
  })
})

describe('the index on a real document', () => {
  it('candidates + instr find exactly the lines that hold each term', () => {
    const text = readFileSync(join(repo, 'corpus', 'seeds', readSeed()), 'utf8')
    const lines = text.split('\n').filter((l) => l.trim())
    const db = new (sqliteDriver())(':memory:')
    db.exec('CREATE TABLE clauses (id INTEGER PRIMARY KEY, text TEXT NOT NULL);' + SEARCH_INDEX_DDL)
    const ins = db.prepare('INSERT INTO clauses (id, text) VALUES (?, ?)')
    lines.forEach((l, i) => ins.run(i + 1, l))
    rebuildSearchIndex(db)
    // every 4-character window of a few lines: the index must find each one's lines, no more, no less
    const queries = new Set<string>()
    for (const l of lines.slice(0, 40)) for (let i = 0; i + 4 <= l.length; i += 7) queries.add(l.slice(i, i + 4))
    let checked = 0
    for (const q of queries) {
      const match = candidateQuery(q)
      if (!match) continue
      const hits = db.prepare('SELECT c.id FROM clause_fts JOIN clauses c ON c.id = clause_fts.rowid WHERE clause_fts MATCH ? AND instr(c.text, ?) > 0 ORDER BY c.id').pluck().all(match, q)
      const truth = lines.flatMap((l, i) => (l.includes(q) ? [i + 1] : []))
      expect(hits, q).toEqual(truth)
      checked++
    }
    db.close()
    expect(checked).toBeGreaterThan(50)
  })
})

/** A seed notice of the corpus with enough lines. */
function readSeed(): string {
  const dir = join(repo, 'corpus', 'seeds')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .find((f) => readFileSync(join(dir, f), 'utf8').split('\n').length > 40)!
}
