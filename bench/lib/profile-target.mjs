/**
 * Loop to profile: parse() over seeds + policy, repeated for `seconds` (argv[2]) after one warm-up
 * pass; stand-in extract stages (see gongwen.mjs) run on each document's normalized view too, as
 * they will once parse() runs them, so the profile shows where the time of the whole job goes.
 */
import { loadGongwen } from './gongwen.mjs'
import { loadPolicyCorpus } from './corpus.mjs'

const { pkg, stages: S, notes } = await loadGongwen()
const corpus = loadPolicyCorpus()
const standIns = Object.keys(notes).map((k) => S[k])
const views = standIns.length ? corpus.map((d) => S.normalizeStage(d.text).view) : []
const pass = () => {
  for (const d of corpus) pkg.parse(d.text)
  for (const f of standIns) for (const v of views) f(v)
}
pass() // warm-up: one-time tables and JIT, not what a batch pays per document
const loopStartUs = Number(process.hrtime.bigint() / 1000n)
const until = performance.now() + Number(process.argv[2] ?? 5) * 1000
let passes = 0
do { pass(); passes++ } while (performance.now() < until)
console.log(JSON.stringify({ passes, loopStartUs, standIns: Object.keys(notes) }))
