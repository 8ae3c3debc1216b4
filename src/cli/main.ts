import { CliError, EXIT, UsageError } from './input.js'
import { tuneHeapForBatch } from '../batch/heap.js'

type Command = { run: (argv: string[]) => number | Promise<number>; help: string }

/**
 * Commands by name, each loaded only when it runs: the batch orchestrator then never loads the
 * parser (its workers do), which keeps the main thread of a large batch small.
 */
const commands: Record<string, () => Promise<Command>> = {
  parse: () => import('./parse.js').then((m) => ({ run: m.runParse, help: m.parseHelp })),
  table: () => import('./table.js').then((m) => ({ run: m.runTable, help: m.tableHelp })),
  batch: () => import('./batch.js').then((m) => ({ run: m.runBatch, help: m.batchHelp })),
  validate: () => import('./validate.js').then((m) => ({ run: m.runValidate, help: m.validateHelp })),
  eval: () => import('./eval.js').then((m) => ({ run: m.runEval, help: m.evalHelp })),
  schema: () => import('./schema.js').then((m) => ({ run: m.runSchema, help: m.schemaHelp })),
  report: () => import('./report.js').then((m) => ({ run: m.runReport, help: m.reportHelp })),
  search: () => import('./archive.js').then((m) => ({ run: m.runSearch, help: m.searchHelp })),
  cites: () => import('./archive.js').then((m) => ({ run: m.runCites, help: m.citesHelp })),
  merge: () => import('./archive.js').then((m) => ({ run: m.runMerge, help: m.mergeHelp })),
}

async function usage(): Promise<string> {
  const helps = await Promise.all(Object.values(commands).map(async (load) => (await load()).help))
  return `gongwen — Chinese policy documents → typed, positioned JSON\n\nUsage: gongwen <command> [options]\n\n${helps.join('\n\n')}\n`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ;(name ? process.stdout : process.stderr).write(await usage())
    return name ? EXIT.ok : EXIT.usage
  }
  if (name === '--version' || name === '-v') {
    const { createRequire } = await import('node:module')
    process.stdout.write(createRequire(import.meta.url)('../package.json').version + '\n')
    return 0
  }
  const load = commands[name]
  if (!load) {
    process.stderr.write(`gongwen: unknown command "${name}"\n\n${await usage()}`)
    return 2
  }
  // before the command's modules load: loading them alone would grow the young generation (batch/heap.ts)
  if (name === 'batch') tuneHeapForBatch()
  const cmd = await load()
  try {
    return await cmd.run(rest)
  } catch (e) {
    const err = e as Error & { code?: string }
    // bad arguments: the message and the command's help; other command-line failures: the message
    if (err instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`gongwen ${name}: ${err.message}\n\n${cmd.help}\n`)
      return EXIT.usage
    }
    if (err instanceof CliError) {
      process.stderr.write(`gongwen ${name}: ${err.message}\n`)
      return err.exitCode
    }
    throw e
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`gongwen: ${(e as Error).stack ?? e}\n`)
    process.exitCode = 1
  },
)
