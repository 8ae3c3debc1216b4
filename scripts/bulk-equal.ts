/**
 * Is parse() output byte-equal between two builds on a sample of the bulk set? Every EVERY-th line of each
 * bulk file (sorted), parsed by both builds' `dist/index.js`; prints the count, the characters read and the
 * documents whose JSON differs or whose parse threw in one build only. Exit code 1 when any differs.
 * For speed work that must not change output (issue #14): `/tmp/old/dist` against this tree's `dist`.
 *
 *   GONGWEN_BULK=/work/shared/corpus/bulk node --import tsx scripts/bulk-equal.ts /tmp/old/dist dist [EVERY=5]
 */
import { createReadStream, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { createGunzip } from 'node:zlib'

const [oldDir, newDir, everyArg = '5'] = process.argv.slice(2)
if (!oldDir || !newDir) throw new Error('usage: bulk-equal.ts OLD_DIST NEW_DIST [EVERY]')
const every = Number(everyArg)
const load = async (dir: string) => (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as { parse(text: string): unknown }
const A = await load(oldDir)
const B = await load(newDir)
const bulk = process.env.GONGWEN_BULK ?? '/work/shared/corpus/bulk'

const run = (lib: { parse(text: string): unknown }, text: string): string => {
  try {
    return JSON.stringify(lib.parse(text))
  } catch (e) {
    return `throw ${(e as Error).message}`
  }
}
let n = 0
let chars = 0
const differ: string[] = []
for (const f of readdirSync(bulk)
  .filter((x) => x.endsWith('.jsonl.gz'))
  .sort()) {
  let k = 0
  const rl = createInterface({ input: createReadStream(join(bulk, f)).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const line of rl) {
    if (!line.trim() || k++ % every !== 0) continue
    const { id, text } = JSON.parse(line) as { id: string; text: string }
    n++
    chars += text.length
    if (run(A, text) !== run(B, text)) differ.push(`${f}/${id}`)
  }
}
console.log(`${n} bulk documents (every ${every}th, ${(chars / 1e6).toFixed(1)} M characters): ${differ.length} differ`)
for (const id of differ.slice(0, 50)) console.log(`  ${id}`)
process.exitCode = differ.length > 0 ? 1 : 0
