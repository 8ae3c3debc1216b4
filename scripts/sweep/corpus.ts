/**
 * Every document of the corpus, for gold-free sweeps: corpus/seeds/*, corpus/policy/*.txt, then
 * each ../shared/corpus/bulk/*.jsonl.gz line (streamed, one document at a time).
 */
import { createReadStream, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createGunzip } from 'node:zlib'

export interface CorpusDoc {
  id: string
  text: string
}

const repo = fileURLToPath(new URL('../../', import.meta.url))

/** The repository's own corpus (corpus/seeds, then corpus/policy; `.txt` files, sorted), read whole. */
export function localCorpus(): CorpusDoc[] {
  return ['corpus/seeds', 'corpus/policy'].flatMap((dir) =>
    readdirSync(join(repo, dir))
      .filter((x) => x.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: `${dir}/${f}`, text: readFileSync(join(repo, dir, f), 'utf8') })),
  )
}

export async function* corpusDocuments(options: { bulk?: boolean; limit?: number } = {}): AsyncGenerator<CorpusDoc> {
  let n = 0
  const limit = options.limit ?? Infinity
  for (const doc of localCorpus()) {
    if (n++ >= limit) return
    yield doc
  }
  if (options.bulk === false) return
  const bulk = process.env.GONGWEN_BULK ?? join(repo, '../shared/corpus/bulk')
  for (const f of readdirSync(bulk)
    .filter((x) => x.endsWith('.jsonl.gz'))
    .sort()) {
    const rl = createInterface({ input: createReadStream(join(bulk, f)).pipe(createGunzip()), crlfDelay: Infinity })
    for await (const line of rl) {
      if (!line.trim()) continue
      if (n++ >= limit) return
      const d = JSON.parse(line) as { id: string; text: string }
      yield { id: `bulk/${d.id}`, text: d.text }
    }
  }
}

/** Line:column of an offset, 1-based, for printing samples. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** A sample picked deterministically: every k-th of a list, at most `max`. */
export function spread<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs
  const step = xs.length / max
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)])
}
