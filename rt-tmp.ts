import { parse } from './src/index.js'
import { readFileSync } from 'node:fs'
for (const f of ['outside13/roc-plan-agencies.txt','time-outside/roc-bare-years.txt']) {
const doc = parse(readFileSync('test/fixtures/'+f,'utf8'))
console.log(f, doc.source.script, doc.tasks.length, JSON.stringify(doc.tasks.map(t=>[t.path, t.deadlines.map(d=>[d.raw,d.date]), t.events?.map(e=>[e.raw,e.kind])])).slice(0,800), JSON.stringify(doc.documentTime??null).slice(0,300), doc.diagnostics.map(d=>d.code).join(','))
}
