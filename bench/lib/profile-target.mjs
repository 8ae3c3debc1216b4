/** Loop to profile: parse() over seeds + policy, repeated for `seconds` (argv[2]) after one warm-up pass. */
import { pathToFileURL } from 'node:url'
import { DIST } from './gongwen.mjs'
import { loadPolicyCorpus } from './corpus.mjs'

const { parse } = await import(pathToFileURL(DIST).href)
const corpus = loadPolicyCorpus()
for (const d of corpus) parse(d.text) // warm-up: one-time tables and JIT, not what a batch pays per document
const loopStartUs = Number(process.hrtime.bigint() / 1000n)
const until = performance.now() + Number(process.argv[2] ?? 5) * 1000
let passes = 0
do {
  for (const d of corpus) parse(d.text)
  passes++
} while (performance.now() < until)
console.log(JSON.stringify({ passes, loopStartUs }))
