import { parseArgs } from 'node:util'
import { parse } from '../parse.js'
import { formatFromPath as formatOf } from '../formats/path.js'
import { EXIT, noText, oneOf, readInput, UsageError } from './input.js'

export const parseHelp = `gongwen parse FILE [--script auto|keep|simplified] [--compact]
  Parses one document (.txt, .md, .html; UTF-8, UTF-16 or GB18030) and prints its PolicyDocument JSON.
  FILE '-' reads standard input. Exit 1 when the input holds no text (empty, binary, invalid-encoding,
  too-large: the JSON is still printed, the code on stderr), 2 on usage errors or an unreadable FILE.`

const SCRIPTS = ['auto', 'keep', 'simplified'] as const

/** `gongwen parse FILE` → exit code. */
export async function runParse(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { script: { type: 'string', default: 'auto' }, compact: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    out.write(parseHelp + '\n')
    return EXIT.ok
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'one FILE only' : "FILE is required ('-' reads standard input)")
  const script = oneOf('script', values.script!, SCRIPTS)
  const file = positionals[0]
  const bytes = await readInput(file)
  const doc = parse(bytes, { script, path: file === '-' ? undefined : file, format: formatOf(file) })
  out.write(JSON.stringify(doc, null, values.compact ? 0 : 2) + '\n')
  const bad = noText(doc)
  if (bad) {
    err.write(`gongwen parse: ${file === '-' ? 'standard input' : file}: ${bad.code}: ${bad.message}\n`)
    return EXIT.problems
  }
  return EXIT.ok
}
