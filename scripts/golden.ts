/**
 * Golden outputs for refactors that must not change behaviour: parses every document of
 * corpus/seeds/* and corpus/policy/*.txt (sorted by name) and writes one line per document,
 * `JSON.stringify` of the whole PolicyDocument, so two runs can be compared with `cmp`/`diff`.
 *
 *   node --import tsx scripts/golden.ts [/tmp/golden-before.jsonl]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '../src/index.js'

const out = process.argv[2] ?? '/tmp/golden.jsonl'
const root = fileURLToPath(new URL('../corpus/', import.meta.url))
const files = [
  ...readdirSync(join(root, 'seeds'))
    .sort()
    .map((f) => join(root, 'seeds', f)),
  ...readdirSync(join(root, 'policy'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(root, 'policy', f)),
]
const lines: string[] = []
for (const f of files) lines.push(JSON.stringify(parse(readFileSync(f, 'utf8'))))
writeFileSync(out, lines.join('\n') + '\n')
console.log(`${files.length} documents → ${out}`)
