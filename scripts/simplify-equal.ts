/**
 * The one-walk script conversion (src/normalize/simplify.ts) against opencc-js's converter it replaces, on
 * every document of the corpus (corpus/ and the bulk set; EVERY=k: every k-th): the texts that differ (none
 * expected), and the time of each over the same texts.
 *
 *   GONGWEN_BULK=/work/shared/corpus/bulk node --import tsx scripts/simplify-equal.ts [EVERY=1]
 */
import { simplify, simplifyWhole } from '../src/normalize/simplify.js'
import { detectScript } from '../src/normalize/script.js'
import { corpusDocuments } from './sweep/corpus.js'

const every = Number(process.argv[2] ?? 1)
let docs = 0
let traditional = 0
let units = 0
let differ = 0
let oldMs = 0
let newMs = 0
let i = 0
for await (const doc of corpusDocuments()) {
  if (i++ % every !== 0) continue
  docs++
  if (detectScript(doc.text) === 'traditional') traditional++
  units += doc.text.length
  let t = performance.now()
  const before = simplifyWhole(doc.text)
  oldMs += performance.now() - t
  t = performance.now()
  const after = simplify(doc.text)
  newMs += performance.now() - t
  if (before !== after) {
    differ++
    let at = 0
    while (before[at] === after[at]) at++
    if (differ <= 10) console.log(`${doc.id} differs at ${at}: opencc …${before.slice(Math.max(0, at - 10), at + 10)}… one walk …${after.slice(Math.max(0, at - 10), at + 10)}…`)
  }
}
console.log(`${docs} documents (${traditional} traditional), ${units} code units: ${differ} differ; opencc ${oldMs.toFixed(0)} ms, one walk ${newMs.toFixed(0)} ms (${(oldMs / newMs).toFixed(2)}×)`)
