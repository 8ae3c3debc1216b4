/**
 * Commands over SQLite archives written by `gongwen batch --out x.sqlite`: search, cites, merge.
 * better-sqlite3 is loaded only here (and by the batch's SQLite output).
 */
import { parseArgs } from 'node:util'
import { ArchiveError, buildSearchIndex, openArchive, searchIndexReady } from '../batch/sqlite/archive.js'
import { DriverMissing, type Database } from '../batch/sqlite/driver.js'
import { searchArchive } from '../batch/sqlite/search.js'
import { citesOf, type ArchiveDocument } from '../batch/sqlite/cites.js'
import { mergeArchives } from '../batch/sqlite/merge.js'

export const searchHelp = `gongwen search <archive.sqlite> <words…> [--limit N] [--json]
  Full-text search over the clauses of an archive (all words must occur; 2-character words work too):
  document, path, line and a snippet with the matches marked.`

export const citesHelp = `gongwen cites <archive.sqlite> <字号|title> [--json]
  Who cites a document (粤发〔2012〕19号, any bracket style, or its exact title) and what it cites.`

export const mergeHelp = `gongwen merge <out.sqlite> <part.sqlite>… [--quiet]
  Joins archives (e.g. the parts of \`gongwen batch --shard k/n\`) into a new one: ids remapped,
  full-text index rebuilt, citations re-resolved across all parts.`

/** Runs a command body, turning archive and driver errors into a message and exit code 1. */
function guarded(name: string, body: () => number): number {
  try {
    return body()
  } catch (e) {
    if (e instanceof ArchiveError || e instanceof DriverMissing) {
      process.stderr.write(`gongwen ${name}: ${e.message}\n`)
      return 1
    }
    throw e
  }
}

/**
 * What every archive command does before its work: `--help` prints the help (exit 0); fewer than
 * two positionals print what is missing and the help (exit 2). Undefined: go on.
 */
function stopEarly(name: string, help: string, missing: string, asked: boolean | undefined, positionals: string[]): number | undefined {
  if (asked) {
    process.stdout.write(help + '\n')
    return 0
  }
  const [first, ...rest] = positionals
  if (!first || !rest.length) {
    process.stderr.write(`gongwen ${name}: give ${missing}\n\n${help}\n`)
    return 2
  }
  return undefined
}

/** {@link guarded} with the archive at `path` opened (by `open`, default read-only) for `body` and closed after. */
function withArchive(name: string, path: string, body: (db: Database) => number, open: (path: string) => Database = openArchive): number {
  return guarded(name, () => {
    const db = open(path)
    try {
      return body(db)
    } finally {
      db.close()
    }
  })
}

/** Opens an archive for search, building its search index first when the batch left it for later. */
function openForSearch(path: string): Database {
  const db = openArchive(path)
  if (searchIndexReady(db)) return db
  // the batch ran with --search-index later: build it once, now
  db.close()
  const w = openArchive(path, { write: true })
  try {
    process.stderr.write(`gongwen search: building the search index of ${path} (once)…\n`)
    const s = buildSearchIndex(w)
    process.stderr.write(`gongwen search: search index built in ${s.toFixed(1)} s\n`)
    return w
  } catch (e) {
    w.close()
    throw e
  }
}

/**
 * `gongwen search archive.sqlite 河长制 --limit 5`
 *
 * @example process.exitCode = runSearch(['out/corpus.sqlite', '河长制'])
 */
export function runSearch(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { limit: { type: 'string', short: 'n' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  })
  const stop = stopEarly('search', searchHelp, 'an archive and words to find', values.help, positionals)
  if (stop !== undefined) return stop
  const [path, ...words] = positionals
  const limit = values.limit === undefined ? 20 : Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write(`gongwen search: --limit must be a positive integer\n`)
    return 2
  }
  return withArchive(
    'search',
    path,
    (db) => {
      const tty = process.stdout.isTTY && !values.json
      const hits = searchArchive(db, words.join(' '), { limit, marks: tty ? ['\x1b[1;31m', '\x1b[0m'] : ['[', ']'] })
      if (values.json) process.stdout.write(JSON.stringify(hits, null, 2) + '\n')
      else
        for (const h of hits) {
          process.stdout.write(`${h.input}:${h.line ?? '?'}  ${h.title ?? '(no title)'}${h.docNumber ? ` ${h.docNumber}` : ''}  [${h.path}]\n    ${h.snippet.replace(/\s+/g, ' ')}\n`)
        }
      return hits.length ? 0 : 1
    },
    openForSearch,
  )
}

/**
 * `gongwen cites archive.sqlite 粤发〔2012〕19号`
 *
 * @example process.exitCode = runCites(['out/corpus.sqlite', '粤发〔2012〕19号'])
 */
export function runCites(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
  const stop = stopEarly('cites', citesHelp, 'an archive and a 字号 or title', values.help, positionals)
  if (stop !== undefined) return stop
  const [path, ...rest] = positionals
  return withArchive('cites', path, (db) => {
    const query = rest.join(' ')
    const r = citesOf(db, query)
    if (values.json) {
      process.stdout.write(JSON.stringify(r, null, 2) + '\n')
      return 0
    }
    const doc = (d: ArchiveDocument) => `《${d.title ?? '?'}》${d.docNumber ? `（${d.docNumber}）` : ''}${d.status ? ` [${d.status}]` : ''} ${d.input}`
    const out: string[] = []
    out.push(r.documents.length ? r.documents.map((d) => `${query}: ${doc(d)}`).join('\n') : `${query}: not in this archive`)
    out.push(`cited by ${r.citedBy.length}:`)
    for (const c of r.citedBy) out.push(`  ${doc(c.document)} (line ${c.line ?? '?'})`)
    out.push(`cites ${r.cites.length}:`)
    for (const c of r.cites)
      out.push(`  ${c.raw} (line ${c.line ?? '?'}) → ${c.cited ? doc(c.cited) + (c.matchedBy ? ` by ${c.matchedBy === 'doc_number' ? '字号' : 'title'}` : '') : 'not in this archive'}`)
    process.stdout.write(out.join('\n') + '\n')
    return 0
  })
}

/**
 * `gongwen merge all.sqlite part-*.sqlite`
 *
 * @example process.exitCode = runMerge(['all.sqlite', 'part-1.sqlite', 'part-2.sqlite'])
 */
export function runMerge(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } } })
  const stop = stopEarly('merge', mergeHelp, 'the output archive and the archives to join', values.help, positionals)
  if (stop !== undefined) return stop
  const [out, ...parts] = positionals
  return guarded('merge', () => {
    const s = mergeArchives(out, parts)
    if (!values.quiet) {
      const c = s.counts
      process.stderr.write(
        `gongwen merge: ${s.parts} archives → ${out}: ${c.documents} documents, ${c.failures} failures, ${c.tasks} tasks, ${c.roles} roles, ${c.deadlines} deadlines, ${c.citations} citations\n`,
      )
      if (s.duplicateInputs) process.stderr.write(`gongwen merge: ${s.duplicateInputs} inputs are in more than one part (overlapping shards?)\n`)
    }
    return 0
  })
}
