import { parseArgs } from 'node:util'
import { readStdin } from './input.js'
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { countInputs } from '../batch/inputs.js'
import { tuneCompilerForWorkers, tuneJitForBatch } from '../batch/jit.js'
import { tuneHeapForBatch } from '../batch/heap.js'
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, runBatchItems } from '../batch/index.js'
import { formatFromOut, type OutputFormat } from '../batch/encoders.js'
import { AlreadyComplete, keyHash, SettingsMismatch } from '../batch/journal.js'
import { DirSink, FileSink, StreamSink, type Sink } from '../batch/output.js'
import { checkOutput, OutputConflict } from '../batch/guard.js'
import { OutputLocked } from '../batch/lock.js'
import { Progress, type ProgressMode } from '../batch/progress.js'
import type { ScriptOption } from '../batch/types.js'
import { isArchivePath } from '../batch/sqlite/archive.js'
import { inShard, parseShard, type Shard } from '../batch/sqlite/shard.js'

export const BATCH_USAGE = `Usage: gongwen batch <dir|file|glob>… [options]

Parses every document found (.txt, .md, .html, .jsonl with a "text" field; any of them .gz;
directories recursively; - reads one document from standard input) on worker threads. Each input
gives exactly one record: the document, or {input, ok: false, error: {code, message}}.

Options:
  -o, --out <file|dir|->   output file (.jsonl .json .csv .md), a directory (one .json per
                           input), or - for stdout (default); .sqlite or .db: an SQLite archive
  -f, --format <fmt>       jsonl (default), json, csv, md or sqlite; csv/md give one row per task (the
                           responsibility table of \`gongwen table\` with input, ok, error in
                           front; an input without tasks or a failed one gets one row). CSV
                           starts with a UTF-8 BOM for Excel; formula-like cells get a leading '
  -j, --jobs <n>           worker threads (default and most: ${availableParallelism()}, the cores; never
                           more than the inputs waiting)
      --ordered            write records in input order (default: as they finish)
      --resume             continue an interrupted run with the same arguments (a finished
                           run: "already complete", exit 0, the output untouched)
      --shard <k/n>        convert only part k of n (a stable hash of each input's path)
      --search-index <w>   SQLite: index clauses for search as they are written (now,
                           default), in one pass at the end of the batch (end), or later
                           (the first \`gongwen search\` builds it)
      --include <glob>     take only matching files from directories (repeatable)
      --exclude <glob>     leave matching files out (repeatable)
      --script <s>         auto (default), keep or simplified
      --max-bytes <n>      inputs above this size fail as too-large (default ${DEFAULT_MAX_BYTES})
      --timeout <seconds>  stop a worker stuck on one input (default ${DEFAULT_TIMEOUT_MS / 1000}; 0 = never)
  -q, --quiet              no progress and no summary
  -h, --help               this text

Exit status: 0 all inputs parsed, 1 some failed (the summary names them), 2 usage error or
no inputs found, 130 interrupted.
`

/** One-paragraph help in the style of the other commands (for `gongwen --help`). */
export const batchHelp = `gongwen batch <dir|file|glob>… [--out FILE|DIR] [--format jsonl|json|csv|md] [--jobs N] [--ordered] [--resume]
                [--include GLOB] [--exclude GLOB] [--script auto|keep|simplified] [--quiet]
  Parses whole folders (.txt .md .html .jsonl, also .gz; - is standard input) on worker threads: one record
  per input, failures included (csv/md: one row per task); progress on stderr; --resume continues an
  interrupted run. \`gongwen batch --help\` for more.`

class UsageError extends Error {}

interface BatchArgs {
  inputs: string[]
  out: string | null
  outKind: 'file' | 'dir' | 'stdout'
  format: OutputFormat
  jobs: number
  ordered: boolean
  resume: boolean
  include: string[]
  exclude: string[]
  script: ScriptOption
  maxBytes: number
  timeoutMs: number
  quiet: boolean
  sqlite: boolean
  shard: Shard | null
  searchIndex: 'now' | 'end' | 'later'
}

/**
 * `gongwen batch …`: runs a batch from command-line arguments (without the leading `batch`)
 * and returns the exit code.
 *
 * @example
 * process.exitCode = await runBatch(['corpus/', '--out', 'out/corpus.jsonl', '--jobs', '2'])
 */
export async function runBatch(argv: string[]): Promise<number> {
  // (V8 flags are per process: the CLI owns its process, a program importing gongwen/batch owns its own)
  tuneJitForBatch()
  tuneHeapForBatch()
  let args: BatchArgs | 'help'
  try {
    args = await readArgs(argv)
  } catch (e) {
    process.stderr.write(`gongwen batch: ${(e as Error).message}\n\n${BATCH_USAGE}`)
    return 2
  }
  if (args === 'help') {
    process.stdout.write(BATCH_USAGE)
    return 0
  }
  // before any worker (or the SQLite writer) starts: V8 reads it when an isolate is created
  tuneCompilerForWorkers(args.jobs)
  return execute(args)
}

async function readArgs(argv: string[]): Promise<BatchArgs | 'help'> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        jobs: { type: 'string', short: 'j' },
        ordered: { type: 'boolean' },
        resume: { type: 'boolean' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        script: { type: 'string' },
        'max-bytes': { type: 'string' },
        timeout: { type: 'string' },
        shard: { type: 'string' },
        'search-index': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const v = parsed.values
  if (v.help) return 'help'
  const inputs = parsed.positionals
  if (!inputs.length) throw new UsageError("no inputs given ('-' reads standard input)")
  if (inputs.includes('-') && inputs.length > 1) throw new UsageError("'-' (standard input) cannot be mixed with other inputs")
  if (inputs.includes('-') && v.resume) throw new UsageError('--resume cannot continue standard input')

  const out = v.out === undefined || v.out === '-' ? null : v.out
  let outKind: BatchArgs['outKind'] = 'stdout'
  if (out !== null) {
    const isDir =
      out.endsWith('/') ||
      out.endsWith(sep) ||
      (await stat(out).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    outKind = isDir ? 'dir' : 'file'
  }
  const sqlite = v.format === 'sqlite' || (v.format === undefined && outKind === 'file' && isArchivePath(out!))
  if (sqlite && outKind !== 'file') throw new UsageError('SQLite output needs --out <file.sqlite>')
  if (sqlite) v.format = undefined
  if (v.format !== undefined && !['jsonl', 'json', 'csv', 'md'].includes(v.format)) throw new UsageError(`unknown --format ${JSON.stringify(v.format)} (one of: jsonl, json, csv, md, sqlite)`)
  const format = (v.format as OutputFormat | undefined) ?? (out && outKind === 'file' ? formatFromOut(out) : null) ?? 'jsonl'
  if (outKind === 'dir' && (format === 'csv' || format === 'md')) throw new UsageError(`--format ${format} needs an output file, not a directory`)
  if (v.resume && outKind === 'stdout') throw new UsageError('--resume needs --out (a file or directory)')

  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, not ${v.jobs}`)
  const script = (v.script ?? 'auto') as ScriptOption
  if (!['auto', 'keep', 'simplified'].includes(script)) throw new UsageError(`unknown --script ${JSON.stringify(v.script)} (one of: auto, keep, simplified)`)
  const maxBytes = v['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(v['max-bytes'])
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive number`)
  const timeout = v.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(v.timeout)
  if (!Number.isFinite(timeout) || timeout < 0) throw new UsageError(`--timeout must be a number of seconds`)

  return {
    inputs,
    out,
    outKind,
    format,
    jobs,
    ordered: v.ordered ?? false,
    resume: v.resume ?? false,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    script,
    maxBytes,
    timeoutMs: timeout * 1000,
    quiet: v.quiet ?? false,
    sqlite,
    shard: v.shard === undefined ? null : shardArg(v.shard),
    searchIndex: searchIndexArg(v['search-index']),
  }
}

async function execute(args: BatchArgs): Promise<number> {
  const stderr = process.stderr
  const notice = (m: string) => {
    if (!args.quiet) stderr.write(`gongwen batch: ${m}\n`)
  }
  // what a resumed run must share with the interrupted one (not --jobs, not --quiet)
  const settings = {
    inputs: args.inputs.map((p) => resolve(p)),
    format: args.format,
    ordered: args.ordered,
    script: args.script,
    include: args.include,
    exclude: args.exclude,
    maxBytes: args.maxBytes,
    ...(args.sqlite ? { format: 'sqlite' } : {}),
    ...(args.shard ? { shard: `${args.shard.index}/${args.shard.count}` } : {}),
  }
  if (args.out !== null && args.outKind !== 'stdout') {
    try {
      await checkOutput(args.inputs, args.out, args.outKind)
    } catch (e) {
      if (!(e instanceof OutputConflict)) throw e
      stderr.write(`gongwen batch: ${e.message}\n`)
      return 2
    }
  }
  const sink: Sink = args.sqlite
    ? new (await import('../batch/sqlite/sink.js')).SqliteSink({ path: args.out!, resume: args.resume, settings, notice, searchIndex: args.searchIndex })
    : args.outKind === 'stdout'
      ? new StreamSink(process.stdout, args.format)
      : args.outKind === 'dir'
        ? new DirSink(args.out!, args.resume, settings, notice)
        : new FileSink({ path: args.out!, format: args.format, resume: args.resume, settings, notice })

  let done: Map<string, number>
  try {
    done = await sink.open()
  } catch (e) {
    if (e instanceof AlreadyComplete) {
      notice(`already complete: ${e.message}; run without --resume to start over`)
      return 0
    }
    if (e instanceof SettingsMismatch) {
      stderr.write(`gongwen batch: cannot resume with different settings: ${e.message}\n`)
      return 2
    }
    if (e instanceof OutputLocked) {
      stderr.write(`gongwen batch: ${e.message}\n`)
      return 2
    }
    stderr.write(`gongwen batch: cannot open the output: ${(e as Error).message}\n`)
    return 1
  }
  const skip = (key: string) => {
    if (args.shard && !inShard(key, args.shard)) return true
    const h = keyHash(key)
    const n = done.get(h)
    if (!n) return false
    if (n === 1) done.delete(h)
    else done.set(h, n - 1)
    return true
  }

  const controller = new AbortController()
  let interrupts = 0
  const onSignal = () => {
    if (++interrupts > 1) process.exit(130)
    controller.abort(new Error('interrupted'))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  if (args.outKind === 'stdout') process.stdout.on('error', () => controller.abort(new Error('output closed')))

  const mode: ProgressMode = args.quiet ? 'quiet' : stderr.isTTY ? 'bar' : 'lines'
  const progress = new Progress(stderr, mode)
  if (mode !== 'quiet') {
    countInputs(args.inputs, { include: args.include, exclude: args.exclude, skipPaths: sink.ownPaths, signal: controller.signal }).then(
      // a shard gets about 1/n of the inputs
      (n) => progress.setTotal(args.shard ? Math.round(n / args.shard.count) : n),
      () => undefined,
    )
  }

  const parser = process.env.GONGWEN_BATCH_PARSER
  // '-': standard input, read whole, as one document named '-'
  const inputs = args.inputs[0] === '-' ? [{ id: '-', bytes: await readStdin() }] : args.inputs
  try {
    for await (const item of runBatchItems(inputs, {
      jobs: args.jobs,
      ordered: args.ordered,
      script: args.script,
      include: args.include,
      exclude: args.exclude,
      maxBytes: args.maxBytes,
      skipPaths: sink.ownPaths,
      timeoutMs: args.timeoutMs,
      signal: controller.signal,
      rows: args.format === 'csv' || args.format === 'md',
      archive: args.sqlite,
      skip,
      // test hook: a module exporting parse() to run instead of the library's
      parseModule: parser ? pathToFileURL(resolve(parser)).href : undefined,
    })) {
      await sink.write(item)
      // inputs of other shards are not this run's: not counted as done before a resume
      if (item.result || !args.shard || inShard(item.key, args.shard)) progress.add(item)
    }
  } catch (e) {
    await sink.abort().catch(() => undefined)
    if (controller.signal.aborted) {
      progress.finish(true)
      if (args.outKind !== 'stdout') notice(`stopped; run the same command with --resume to continue`)
      return 130
    }
    progress.finish(true)
    stderr.write(`gongwen batch: ${(e as Error).message}\n`)
    return 1
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  await sink.finish()
  const summary = progress.finish()
  if (summary.inputs === 0) {
    stderr.write(`gongwen batch: no documents found in ${args.inputs.join(' ')}\n`)
    return 2
  }
  return summary.failed > 0 ? 1 : 0
}

function shardArg(text: string): Shard {
  try {
    return parseShard(text)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

function searchIndexArg(text: string | undefined): 'now' | 'end' | 'later' {
  if (text === undefined || text === 'now' || text === 'end' || text === 'later') return text ?? 'now'
  throw new UsageError(`--search-index takes now, end or later, not ${text}`)
}
