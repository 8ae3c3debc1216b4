/**
 * What two builds answer differently over the whole corpus (corpus/seeds, corpus/policy and the bulk files), field by
 * field: metadata, clause paths, (path, role, unit) triples, deadlines, events, stages and the history with what follows
 * from it (effective date, status), nested documents included. A field an older dump lacks reads as empty there.
 * Used to review a merge: every change a grammar or rule makes on the 15,622 documents is counted and can be read.
 *
 *   GONGWEN_BULK=/work/shared/corpus/bulk node --import tsx scripts/corpus-diff.ts dump DIST/index.js OUT.jsonl
 *   node --import tsx scripts/corpus-diff.ts diff A.jsonl B.jsonl [--field roles] [--show 20]
 *
 * A dump holds one line per document with each field as a sorted list of strings, so the diff is a set difference.
 */
import { createWriteStream, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PolicyDocument } from '../src/schema/index.js'
import { STRATA, stratumDocs } from './audit-deadlines.js'

type Summary = Record<(typeof FIELDS)[number], string[]>

const FIELDS = ['meta', 'clauses', 'roles', 'due', 'otherDeadlines', 'events', 'stages', 'history'] as const

function summarize(doc: PolicyDocument): Summary {
  const out: Summary = { meta: [], clauses: [], roles: [], due: [], otherDeadlines: [], events: [], stages: [], history: [] }
  const walk = (d: PolicyDocument, prefix: string) => {
    const m = d.meta
    out.meta.push(
      `${prefix}title=${m.title}`,
      `${prefix}docType=${m.docType}`,
      `${prefix}docNumber=${m.docNumber?.normalized ?? null}`,
      `${prefix}signed=${m.signedDate}`,
      `${prefix}published=${m.publishedDate}`,
      `${prefix}issuers=${(m.issuers ?? []).join('、')}`,
    )
    for (const h of m.history ?? []) out.history.push(`${prefix}${h.date}|${h.action}|${h.docNumber ?? ''}`)
    if (m.history?.length) out.history.push(`${prefix}effective=${m.effectiveDate}`, `${prefix}status=${m.status}`)
    const clauses = (cs: PolicyDocument['clauses']) => {
      for (const c of cs) {
        out.clauses.push(`${prefix}${c.path.join('/')}`)
        for (const e of c.events ?? []) out.events.push(`${prefix}${c.path.join('/')}|${e.kind}|${e.date ?? e.start ?? ''}|${e.raw}`)
        clauses(c.children)
      }
    }
    clauses(d.clauses)
    for (const t of d.tasks) {
      const path = `${prefix}${t.path.join('/')}`
      for (const r of t.roles) for (const u of r.units) out.roles.push(`${path}|${r.role}|${u.name}`)
      for (const dl of [...t.deadlines, ...(t.milestones ?? []).flatMap((x) => (x.deadline ? [x.deadline] : []))]) {
        const row = `${path}|${dl.kind}|${dl.date ?? dl.start ?? ''}|${dl.raw}`
        if (dl.kind === 'due') out.due.push(row)
        else out.otherDeadlines.push(row)
      }
      for (const e of t.events ?? []) out.events.push(`${path}|task|${e.kind}|${e.date ?? e.start ?? ''}|${e.raw}`)
    }
    for (const dl of d.documentTime?.deadlines ?? []) out.otherDeadlines.push(`${prefix}(document)|${dl.kind}|${dl.date ?? ''}|${dl.raw}`)
    for (const e of d.documentTime?.events ?? []) out.events.push(`${prefix}(document)|${e.kind}|${e.date ?? e.start ?? ''}|${e.raw}`)
    for (const s of d.stages) out.stages.push(`${prefix}${s.name}|${s.start ?? ''}|${s.end ?? ''}`)
    d.documents.forEach((n, i) => walk(n, `${prefix}#${i + 1}:`))
  }
  walk(doc, '')
  for (const f of FIELDS) out[f].sort()
  return out
}

async function dump(dist: string, outFile: string) {
  const { parse } = (await import(pathToFileURL(resolve(dist)).href)) as { parse: (t: string) => PolicyDocument }
  const w = createWriteStream(outFile)
  for (const stratum of STRATA)
    for await (const d of stratumDocs(stratum)) {
      let row: Summary | { error: string }
      try {
        row = summarize(parse(d.text))
      } catch (e) {
        row = { error: String(e) }
      }
      w.write(`${JSON.stringify({ id: d.id, stratum, ...row })}\n`)
    }
  await new Promise((r) => w.end(r))
}

function diff(a: string, b: string, only: string | undefined, show: number) {
  const read = (f: string) =>
    new Map(
      readFileSync(f, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => [JSON.parse(l).id as string, JSON.parse(l)]),
    )
  const A = read(a)
  const B = read(b)
  for (const field of FIELDS) {
    if (only && field !== only) continue
    let docs = 0
    let lost = 0
    let gained = 0
    const samples: string[] = []
    for (const [id, x] of A) {
      const y = B.get(id)
      if (!y) continue
      const before = new Set<string>(x[field] ?? [])
      const after = new Set<string>(y[field] ?? [])
      const minus = [...before].filter((v) => !after.has(v))
      const plus = [...after].filter((v) => !before.has(v))
      if (!minus.length && !plus.length) continue
      docs++
      lost += minus.length
      gained += plus.length
      if (samples.length < show) samples.push(`  ${id}\n${minus.map((v) => `    - ${v}`).join('\n')}${minus.length && plus.length ? '\n' : ''}${plus.map((v) => `    + ${v}`).join('\n')}`)
    }
    console.log(`${field}: ${docs} documents changed, ${lost} lost, ${gained} gained`)
    if (only || show) for (const s of samples) console.log(s)
  }
  const errors = [...B.values()].filter((v) => v.error).length
  console.log(`documents: ${A.size} vs ${B.size}; errors in B: ${errors}`)
}

const [mode, x, y] = process.argv.slice(2)
const flag = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
if (mode === 'dump' && x && y) await dump(x, y)
else if (mode === 'diff' && x && y) diff(x, y, flag('--field'), Number(flag('--show') ?? (flag('--field') ? 20 : 0)))
else {
  console.error('usage: corpus-diff.ts dump DIST/index.js OUT.jsonl | diff A.jsonl B.jsonl [--field F] [--show N]')
  process.exit(2)
}
