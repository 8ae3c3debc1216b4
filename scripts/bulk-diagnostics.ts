/**
 * Parses every document of the bulk corpus (../shared/corpus/bulk/*.jsonl.gz: gzipped JSON Lines,
 * one document per line with its `text`), streaming, one document at a time. Counts exceptions
 * (there must be none) and diagnostics by code, prints the ten most common codes with an example
 * each (document id, line:column, the text at the position), and writes everything to
 * bench/results/bulk-diagnostics.json for review.
 *
 *   node --import tsx scripts/bulk-diagnostics.ts [--dir ../shared/corpus/bulk] [--out bench/results/bulk-diagnostics.json] [--limit N]
 */
import { createReadStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createGunzip } from 'node:zlib'
import { parse, type Diagnostic } from '../src/index.js'

const { values } = parseArgs({
  options: {
    // the shared corpus sits beside the repository: ../shared/corpus/bulk
    dir: { type: 'string', default: fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url)) },
    out: { type: 'string', default: 'bench/results/bulk-diagnostics.json' },
    limit: { type: 'string' },
    examples: { type: 'string', default: '8' },
  },
})
const LIMIT = values.limit ? Number(values.limit) : Infinity
const KEEP = Number(values.examples)

interface Example {
  id: string
  line: number | null
  column: number | null
  severity: Diagnostic['severity']
  message: string
  /** The text at the position, with up to 20 characters of context either side (⟦…⟧ marks the span). */
  snippet: string
}

interface CodeStats {
  code: string
  count: number
  documents: number
  bySeverity: Record<string, number>
  bySource: Record<string, number>
  /** The first occurrence, then a deterministic sample spread over the corpus (every k-th document). */
  examples: Example[]
}

const stats = new Map<string, CodeStats>()
const exceptions: Array<{ id: string; message: string; stack: string }> = []
const perSource: Record<string, { documents: number; characters: number; diagnostics: number; ms: number }> = {}
let documents = 0
let characters = 0
let slowest = { id: '', ms: 0, characters: 0 }

function snippet(text: string, d: Diagnostic): string {
  if (!d.position) return ''
  const s = d.position.start.offset
  const e = Math.min(d.position.end.offset, s + 60)
  const flat = (x: string) => x.replace(/\r?\n/g, '⏎')
  return flat(text.slice(Math.max(0, s - 20), s)) + '⟦' + flat(text.slice(s, e)) + (d.position.end.offset > e ? '…' : '') + '⟧' + flat(text.slice(d.position.end.offset, d.position.end.offset + 20))
}

function record(id: string, source: string, text: string, diags: Diagnostic[]) {
  const seen = new Set<string>()
  for (const d of diags) {
    let s = stats.get(d.code)
    if (!s) {
      s = { code: d.code, count: 0, documents: 0, bySeverity: {}, bySource: {}, examples: [] }
      stats.set(d.code, s)
    }
    s.count++
    s.bySeverity[d.severity] = (s.bySeverity[d.severity] ?? 0) + 1
    s.bySource[source] = (s.bySource[source] ?? 0) + 1
    if (!seen.has(d.code)) {
      seen.add(d.code)
      s.documents++
      // First occurrence, then every 2^k-th document that has the code: spread, reproducible.
      if (s.examples.length < KEEP && (s.documents & (s.documents - 1)) === 0) {
        s.examples.push({ id, line: d.position?.start.line ?? null, column: d.position?.start.column ?? null, severity: d.severity, message: d.message, snippet: snippet(text, d) })
      }
    }
  }
}

async function run() {
  const files = readdirSync(values.dir!)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()
  const started = performance.now()
  outer: for (const file of files) {
    const source = file.replace(/\.jsonl\.gz$/, '')
    const lines = createInterface({ input: createReadStream(join(values.dir!, file)).pipe(createGunzip()), crlfDelay: Infinity })
    for await (const line of lines) {
      if (!line.trim()) continue
      if (documents >= LIMIT) break outer
      const rec = JSON.parse(line) as { id: string; text: string }
      documents++
      characters += rec.text.length
      const ps = (perSource[source] ??= { documents: 0, characters: 0, diagnostics: 0, ms: 0 })
      ps.documents++
      ps.characters += rec.text.length
      const t0 = performance.now()
      try {
        const doc = parse(rec.text, { path: rec.id })
        const ms = performance.now() - t0
        ps.ms += ms
        if (ms > slowest.ms) slowest = { id: rec.id, ms, characters: rec.text.length }
        ps.diagnostics += doc.diagnostics.length
        record(rec.id, source, rec.text, doc.diagnostics)
      } catch (e) {
        const err = e as Error
        exceptions.push({ id: rec.id, message: err.message, stack: String(err.stack).split('\n').slice(0, 6).join('\n') })
      }
      if (documents % 1000 === 0) process.stderr.write(`${documents} documents, ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
    }
  }
  const seconds = (performance.now() - started) / 1000
  const codes = [...stats.values()].sort((a, b) => b.count - a.count)
  const report = {
    generatedBy: 'scripts/bulk-diagnostics.ts',
    corpus: values.dir,
    documents,
    characters,
    seconds: Math.round(seconds),
    exceptions: exceptions.length,
    exceptionList: exceptions,
    diagnostics: codes.reduce((n, c) => n + c.count, 0),
    slowest,
    perSource,
    codes,
  }
  mkdirSync(dirname(values.out!), { recursive: true })
  writeFileSync(values.out!, JSON.stringify(report, null, 2) + '\n')

  const out: string[] = []
  out.push(`gongwen bulk diagnostics: ${documents} documents, ${(characters / 1e6).toFixed(1)} M characters in ${seconds.toFixed(0)} s`)
  out.push(`exceptions: ${exceptions.length}`)
  for (const x of exceptions.slice(0, 10)) out.push(`  ${x.id}: ${x.message}`)
  out.push(`diagnostics: ${report.diagnostics} in ${codes.length} codes`)
  out.push(`slowest document: ${slowest.id} (${slowest.characters} characters, ${slowest.ms.toFixed(0)} ms)`)
  out.push('', 'top 10 codes (count, documents, severity; first example):')
  codes.slice(0, 10).forEach((c, i) => {
    const ex = c.examples[0]
    out.push(`${String(i + 1).padStart(2)}. ${c.code}  ${c.count} in ${c.documents} documents  ${JSON.stringify(c.bySeverity)}`)
    if (ex) out.push(`    ${ex.id} ${ex.line ?? '?'}:${ex.column ?? '?'}  ${ex.message}`, `    ${ex.snippet}`)
  })
  if (codes.length > 10)
    out.push(
      '',
      `other codes: ${codes
        .slice(10)
        .map((c) => `${c.code} ${c.count}`)
        .join(', ')}`,
    )
  out.push('', `written ${values.out}`)
  process.stdout.write(out.join('\n') + '\n')
  process.exitCode = exceptions.length ? 1 : 0
}

run().catch((e) => {
  process.stderr.write(String((e as Error).stack) + '\n')
  process.exitCode = 1
})
