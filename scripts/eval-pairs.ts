/**
 * (role, unit) pairs per document, pooled over a gold folder: the second roles figure of issue #11
 * (a unit named right but under another task path still counts here). Units match as in the
 * scorer: equal canonical names, or the parsed unit's canonical equal to a gold name or canonical.
 *
 *   node --import tsx scripts/eval-pairs.ts test/gold/blind
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from '../src/parse.js'
import type { PolicyDocument } from '../src/schema/document.js'
import { unitKeys } from '../src/eval/compare.js'
import { loadGold, type GoldPart } from '../src/eval/gold.js'

type Pair = { role: string; keys: string[] }
const dedupe = (pairs: Pair[]) => [...new Map(pairs.map((p) => [`${p.role}|${p.keys[0]}`, p])).values()]
const goldPairs = (part: GoldPart) => dedupe((part.tasks ?? []).flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => ({ role: r.role, keys: unitKeys(u) })))))
const parsedPairs = (doc: PolicyDocument) => dedupe(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => ({ role: r.role, keys: unitKeys(u) })))))

const dir = process.argv[2] ?? 'test/gold/blind'
let tp = 0
let fp = 0
let fn = 0
const visit = (gold: GoldPart | null, doc: PolicyDocument | null) => {
  const expected = gold ? goldPairs(gold) : []
  const found = doc ? parsedPairs(doc) : []
  const unused = [...found]
  for (const want of expected) {
    const at = unused.findIndex((got) => got.role === want.role && got.keys.some((k) => want.keys.includes(k)))
    if (at >= 0) {
      tp++
      unused.splice(at, 1)
    } else fn++
  }
  fp += unused.length
  const n = Math.max(gold?.documents?.length ?? 0, doc?.documents.length ?? 0)
  for (let i = 0; i < n; i++) visit(gold?.documents?.[i] ?? null, doc?.documents[i] ?? null)
}
for (const { gold } of loadGold(dir)) {
  const path = [process.cwd(), resolve(dir, '..', '..')].map((root) => resolve(root, gold.file)).find((p) => existsSync(p))
  visit(gold, path ? parse(readFileSync(path), { path: gold.file }) : null)
}
const precision = tp / (tp + fp || 1)
const recall = tp / (tp + fn || 1)
console.log(
  `(role, unit) pairs per document in ${dir}: tp ${tp} fp ${fp} fn ${fn}  P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)}`,
)
