/**
 * Parses one hostile input. argv[2]: {"case","n","dist","profileSeconds"?}. Warms parse() up on
 * real documents first, then reports the fastest parse (at least twice, and repeated while under half
 * a second in total so small inputs are not noise; inputs over 4 M characters once) and the process's RSS after them.
 * With profileSeconds it keeps parsing that long, so a CPU profile is about the input, not startup.
 */
import { pathToFileURL } from 'node:url'
import { buildCase } from './hostile.mjs'
import { loadPolicyCorpus } from './corpus.mjs'

const o = JSON.parse(process.argv[2])
const { parse } = await import(pathToFileURL(o.dist).href)
for (const d of loadPolicyCorpus().slice(0, 12)) parse(d.text)
const text = buildCase(o.case, o.n)
const loopStartUs = Number(process.hrtime.bigint() / 1000n)
let best = Infinity, total = 0, reps = 0
const budget = (o.profileSeconds ?? 0.5) * 1000
do {
  const t = performance.now()
  parse(text)
  const dt = performance.now() - t
  best = Math.min(best, dt)
  total += dt
  reps++
} while (o.profileSeconds ? total < budget : text.length < 4e6 && (reps < 2 || (total < budget && reps < 50)))
console.log(JSON.stringify({ chars: text.length, bytes: Buffer.byteLength(text), ms: best, reps, rss: process.memoryUsage().rss, loopStartUs }))
