import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse } from '../parse.js'
import { formatFromPath as formatOf } from '../formats/path.js'

export const parseHelp = `gongwen parse FILE [--script auto|keep|simplified] [--compact]
  Parses one document (.txt, .md, .html; UTF-8, UTF-16 or GB18030) and prints its PolicyDocument JSON.
  FILE '-' reads standard input.`

/** `gongwen parse FILE` → exit code. */
export function runParse(argv: string[], out: NodeJS.WritableStream = process.stdout): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { script: { type: 'string', default: 'auto' }, compact: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help || positionals.length !== 1) {
    process.stderr.write(parseHelp + '\n')
    return values.help ? 0 : 2
  }
  const script = values.script as 'auto' | 'keep' | 'simplified'
  if (!['auto', 'keep', 'simplified'].includes(script)) {
    process.stderr.write(`gongwen parse: --script must be auto, keep or simplified\n`)
    return 2
  }
  const file = positionals[0]
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file === '-' ? 0 : file)
  } catch (e) {
    process.stderr.write(`gongwen parse: cannot read ${file}: ${(e as Error).message}\n`)
    return 1
  }
  const doc = parse(bytes, { script, path: file === '-' ? undefined : file, format: formatOf(file) })
  out.write(JSON.stringify(doc, null, values.compact ? 0 : 2) + '\n')
  return 0
}
