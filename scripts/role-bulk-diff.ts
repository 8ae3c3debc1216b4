/**
 * Role changes between two builds over the documents holding a neutral role cue (the audit's NEUTRAL):
 *   node --import tsx scripts/role-bulk-diff.ts BASE_DIST NEW_DIST [--strata a,b] [--out file.tsv]
 * Prints counts per stratum, writes every triple gained or lost (document, path, role, unit, context).
 */
import { writeFileSync } from 'node:fs'
import { STRATA, stratumDocs } from './audit-deadlines.js'
import { NEUTRAL, type Triple, triples } from './audit-roles.js'

const [baseDir, newDir] = process.argv.slice(2)
const arg = (k: string) => {
  const i = process.argv.indexOf(k)
  return i > 0 ? process.argv[i + 1] : undefined
}
const strata = arg('--strata')?.split(',') ?? STRATA
const base = await import(`${baseDir}/index.js`)
const next = await import(`${newDir}/index.js`)
const key = (t: Triple) => `${t.path}|${t.role}|${t.unit}|${t.offset}`
const rows: string[] = []
for (const s of strata) {
  let docs = 0
  let gained = 0
  let lost = 0
  let changedDocs = 0
  for await (const d of stratumDocs(s)) {
    NEUTRAL.lastIndex = 0
    if (!NEUTRAL.test(d.text)) continue
    docs++
    const a = triples(base.parse(d.text))
    const b = triples(next.parse(d.text))
    const ka = new Set(a.map(key))
    const kb = new Set(b.map(key))
    const plus = b.filter((t) => !ka.has(key(t)))
    const minus = a.filter((t) => !kb.has(key(t)))
    if (plus.length || minus.length) changedDocs++
    gained += plus.length
    lost += minus.length
    const ctx = (t: Triple) => d.text.slice(Math.max(0, t.roleStart - 40), t.roleEnd + 30).replace(/\s+/g, ' ')
    for (const t of minus) rows.push(['-', s, d.id, t.path, t.role, t.unit, ctx(t)].join('\t'))
    for (const t of plus) rows.push(['+', s, d.id, t.path, t.role, t.unit, ctx(t)].join('\t'))
  }
  console.log(`${s}: ${docs} documents with a cue, ${changedDocs} changed, ${lost} triples lost, ${gained} gained`)
}
const out = arg('--out')
if (out) writeFileSync(out, rows.join('\n') + '\n')
