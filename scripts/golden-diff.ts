/**
 * Which documents two golden runs (scripts/golden.ts) differ on, and how: per document, the clause
 * paths added and removed and the (path, role, unit) triples added and removed.
 *
 *   node --import tsx scripts/golden-diff.ts /tmp/before.jsonl /tmp/after.jsonl [--verbose]
 */
import { readFileSync } from 'node:fs'

const [a, b] = process.argv.slice(2, 4).map((f) => readFileSync(f, 'utf8').trim().split('\n'))
const verbose = process.argv.includes('--verbose')

type Doc = { meta?: { title?: string | null }; clauses: Clause[]; tasks: Task[]; documents: Doc[] }
type Clause = { type: string; path: string[]; children: Clause[] }
type Task = { path: string[]; roles: Array<{ role: string; units: Array<{ name: string }> }> }

function paths(d: Doc, pre: string, out: Set<string>): void {
  const walk = (cs: Clause[]) => {
    for (const c of cs) {
      if (c.type !== 'clause') continue
      out.add(`${pre}${c.path.join('/')}`)
      walk(c.children)
    }
  }
  walk(d.clauses)
  d.documents.forEach((x, i) => paths(x, `${pre}d${i}:`, out))
}
function triples(d: Doc, pre: string, out: Set<string>): void {
  for (const t of d.tasks) for (const r of t.roles) for (const u of r.units) out.add(`${pre}${t.path.join('/')} ${r.role} ${u.name}`)
  d.documents.forEach((x, i) => triples(x, `${pre}d${i}:`, out))
}
const minus = (x: Set<string>, y: Set<string>) => [...x].filter((k) => !y.has(k))

let changed = 0
for (let i = 0; i < a.length; i++) {
  if (a[i] === b[i]) continue
  changed++
  const A = JSON.parse(a[i]) as Doc
  const B = JSON.parse(b[i]) as Doc
  const pa = new Set<string>(),
    pb = new Set<string>(),
    ta = new Set<string>(),
    tb = new Set<string>()
  paths(A, '', pa)
  paths(B, '', pb)
  triples(A, '', ta)
  triples(B, '', tb)
  const lines = [
    ...minus(pa, pb).map((p) => `  - clause ${p}`),
    ...minus(pb, pa).map((p) => `  + clause ${p}`),
    ...minus(ta, tb).map((p) => `  - role ${p}`),
    ...minus(tb, ta).map((p) => `  + role ${p}`),
  ]
  console.log(`#${i} ${(B.meta?.title ?? '').slice(0, 40)}: ${lines.length ? `${lines.length} changes` : 'other fields only'}`)
  for (const l of verbose ? lines : lines.slice(0, 12)) console.log(l)
}
console.log(`${changed} of ${a.length} documents changed`)
