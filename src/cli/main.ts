import { runParse, parseHelp } from './parse.js'
import { runSchema, schemaHelp } from './schema.js'
import { runTable, tableHelp } from './table.js'
import { runBatch, batchHelp } from './batch.js'
import { runEval, evalHelp } from './eval.js'
import { runValidate, validateHelp } from './validate.js'

type Command = { run: (argv: string[]) => number | Promise<number>; help: string }

/** Commands by name; each lives in its own module. */
const commands: Record<string, Command> = {
  parse: { run: runParse, help: parseHelp },
  batch: { run: runBatch, help: batchHelp },
  table: { run: runTable, help: tableHelp },
  validate: { run: runValidate, help: validateHelp },
  eval: { run: runEval, help: evalHelp },
  schema: { run: runSchema, help: schemaHelp },
}

const usage = `gongwen — Chinese policy documents → typed, positioned JSON

Usage: gongwen <command> [options]

${Object.values(commands)
  .map((c) => c.help)
  .join('\n\n')}
`

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    const { createRequire } = await import('node:module')
    process.stdout.write(createRequire(import.meta.url)('../package.json').version + '\n')
    return 0
  }
  const cmd = commands[name]
  if (!cmd) {
    process.stderr.write(`gongwen: unknown command "${name}"\n\n${usage}`)
    return 2
  }
  try {
    return await cmd.run(rest)
  } catch (e) {
    const err = e as Error & { code?: string }
    if (err.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`gongwen ${name}: ${err.message}\n\n${cmd.help}\n`)
      return 2
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
