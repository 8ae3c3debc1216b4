/**
 * What the gold samplers share (scripts/sample-gold-c.ts, scripts/sample-gold-d.ts): the bulk reader,
 * and the overlap rule that keeps a drawn document out of every gold set that already annotates it.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

export const REPO = new URL('../..', import.meta.url).pathname
/** Beside the repository (../shared/corpus/bulk); GONGWEN_BULK points elsewhere (a worktree). */
export const BULK = process.env.GONGWEN_BULK ?? join(REPO, '../shared/corpus/bulk')

export const hash = (s: string): string => createHash('sha1').update(s).digest('hex')

/**
 * The long lines of a text (40+ characters after removing spaces): a candidate whose long lines are
 * mostly in some gold text is already annotated, even when its header differs (the blind set's
 * export fixtures re-wrap gov.cn bodies, e.g. fx-pkulaw-govcn8).
 */
export const longLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l.length >= 40)

/**
 * Hashes of the long lines of every document some gold file under test/gold annotates. `own` (the
 * set being drawn) is skipped, so that its own annotations do not change a re-draw. A gold file whose
 * input is not in the repository (an outside probe's third-party page) cannot overlap and is skipped.
 */
export function goldLines(own: string): Set<string> {
  const hashes = new Set<string>()
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) {
        if (path !== own) walk(path)
        continue
      }
      if (!name.endsWith('.json') || name === 'baseline.json') continue
      const file = (JSON.parse(readFileSync(path, 'utf8')) as { file?: string }).file
      if (file && existsSync(join(REPO, file))) for (const l of longLines(readFileSync(join(REPO, file), 'utf8'))) hashes.add(hash(l))
    }
  }
  walk(join(REPO, 'test/gold'))
  return hashes
}

/** True when half or more of the candidate's long lines are already taken (its hashes are then not added). */
export function overlaps(text: string, taken: Set<string>): boolean {
  const lines = longLines(text).map(hash)
  if (lines.filter((h) => taken.has(h)).length * 2 >= lines.length) return true
  for (const h of lines) taken.add(h)
  return false
}

export interface BulkRecord {
  id: string
  source: string
  path: string
  text: string
}

/** The records of one bulk file (`/work/shared/corpus/bulk/<name>.jsonl.gz`), in file order. */
export function readBulk(name: string): BulkRecord[] {
  return gunzipSync(readFileSync(join(BULK, `${name}.jsonl.gz`)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BulkRecord)
}
