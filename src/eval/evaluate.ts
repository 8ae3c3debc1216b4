import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { parse as defaultParse } from '../parse.js'
import type { PolicyDocument } from '../schema/document.js'
import { annotatedOptionalFields, compareDocument, emptyCounts, FIELDS, OPTIONAL_FIELDS, type Field, type Mismatch, type OptionalField } from './compare.js'
import { loadGold } from './gold.js'
import { add, score, type Score } from './metrics.js'

export interface EvaluateOptions {
  /** Folder the gold `file` paths are relative to. Default: the current directory, then the gold folder's grandparent. */
  root?: string
  /** The parser under test. Default: gongwen's `parse`. */
  parse?: (input: Uint8Array, options: { path: string }) => PolicyDocument
}

/** Scores of one gold file (its nested documents included). */
export interface FileReport {
  name: string
  file: string
  fields: Record<Field, Score>
  mismatches: Mismatch[]
  /** Set when the input could not be read or the parser threw; the gold then counts as missed. */
  error?: string
}

/** What `evaluate` returns: scores per gold file and micro-averaged over all of them. */
export interface EvalReport {
  fields: readonly Field[]
  files: FileReport[]
  overall: Record<Field, Score>
}

/**
 * Parses every document annotated in `goldDir` and scores the result field by field
 * (precision, recall, F1 per file and micro-averaged overall). See test/gold/README.md.
 *
 * @example
 * const report = evaluate('test/gold')
 * report.overall.roles.f1 // e.g. 0.93
 * console.log(formatText(report))
 */
export function evaluate(goldDir: string, options: EvaluateOptions = {}): EvalReport {
  const parse = options.parse ?? ((input, o) => defaultParse(input, o))
  const roots = options.root ? [options.root] : [process.cwd(), resolve(goldDir, '..', '..')]
  const files: FileReport[] = []
  let total = emptyCounts()
  const annotated = new Set<OptionalField>()
  for (const { name, gold } of loadGold(goldDir)) {
    for (const f of annotatedOptionalFields(gold)) annotated.add(f)
    let parsed: PolicyDocument | null = null
    let error: string | undefined
    const path = isAbsolute(gold.file) ? gold.file : roots.map((r) => resolve(r, gold.file)).find((p) => existsSync(p))
    try {
      if (!path) throw new Error(`input not found: ${gold.file}`)
      parsed = parse(readFileSync(path), { path: gold.file })
    } catch (e) {
      error = (e as Error).message
    }
    const { counts, mismatches } = compareDocument(gold, parsed)
    total = Object.fromEntries(FIELDS.map((f) => [f, add(total[f], counts[f])])) as typeof total
    files.push({ name, file: gold.file, fields: scores(counts), mismatches, ...(error ? { error } : {}) })
  }
  // 版记 and history columns appear once some gold file annotates them.
  const fields = FIELDS.filter((f) => !(OPTIONAL_FIELDS as readonly string[]).includes(f) || annotated.has(f as OptionalField))
  return { fields, files, overall: scores(total) }
}

function scores(counts: ReturnType<typeof emptyCounts>): Record<Field, Score> {
  return Object.fromEntries(FIELDS.map((f) => [f, score(counts[f])])) as Record<Field, Score>
}
