/**
 * Parses one hostile input. argv[2]: {"case","n","dist","profileSeconds"?}. Warms parse() up on
 * real documents first, then reports the fastest parse in CPU time (process.cpuUsage, so other
 * processes on the cores do not inflate it) and in wall time, at least 3 times and repeated while
 * under a second in total so small inputs are not noise (inputs over 4 M characters once),
 * and the process's RSS after them. With profileSeconds it keeps parsing that long, so a CPU
 * profile is about the input, not start-up.
 */
import { pathToFileURL } from 'node:url'
import { buildCase } from './hostile.mjs'
import { loadPolicyCorpus } from './corpus.mjs'

const o = JSON.parse(process.argv[2])
const { parse } = await import(pathToFileURL(o.dist).href)
for (const d of loadPolicyCorpus().slice(0, 12)) parse(d.text)
const text = buildCase(o.case, o.n)
const loopStartUs = Number(process.hrtime.bigint() / 1000n)
let cpuMs = Infinity,
  wallMs = Infinity,
  total = 0,
  reps = 0
const budget = (o.profileSeconds ?? 1) * 1000
do {
  const c = process.cpuUsage()
  const t = performance.now()
  parse(text)
  const dt = performance.now() - t
  const u = process.cpuUsage(c)
  cpuMs = Math.min(cpuMs, (u.user + u.system) / 1000)
  wallMs = Math.min(wallMs, dt)
  total += dt
  reps++
} while (o.profileSeconds ? total < budget : text.length < 4e6 && (reps < 3 || (total < budget && reps < 50)))
console.log(JSON.stringify({ chars: text.length, bytes: Buffer.byteLength(text), ms: cpuMs, wallMs, reps, rss: process.memoryUsage().rss, loopStartUs }))
