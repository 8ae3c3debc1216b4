import { readFileSync, readdirSync } from 'node:fs'
import { parse } from '../src/index.js'
const dirs = ['test/gold', 'test/gold/blind', 'test/gold/blind-c', ...['outroles','outmeta','outtime','outside5','outside6','outside7','outside8'].map((p) => `/work/outside/${p}/gold`)]
for (const d of dirs) for (const f of readdirSync(d).filter((n) => n.endsWith('.json') && n !== 'baseline.json')) {
  const g = JSON.parse(readFileSync(`${d}/${f}`, 'utf8'))
  if (!g.file) continue
  const text = readFileSync(g.file, 'utf8')
  const walk = (doc: any, k: string) => { for (const t of doc.tasks) if (t.path.some((p: string) => /是$/.test(p))) console.log(d, f, k, t.path.join('/'), t.roles.length, t.deadlines.length)
    doc.documents.forEach((n: any, i: number) => walk(n, k + '.' + i)) }
  walk(parse(text), 'doc')
  const lines = text.split('\n').filter((l) => /^\s*[一二三四五六七八九十]是/.test(l))
  if (lines.length) console.log('LINESTART', d, f, lines.length)
}
