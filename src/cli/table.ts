import { parseArgs } from 'node:util'
import { parse } from '../parse.js'
import { responsibilityTable, tableToCsv, tableToMarkdown } from '../emit/table.js'
import { CSV_BOM } from '../emit/csv-cell.js'
import { formatFromPath as formatOf } from '../formats/path.js'
import { EXIT, noText, oneOf, readInput, UsageError } from './input.js'

export const tableHelp = `gongwen table FILE [--format csv|json|md] [--script auto|keep|simplified]
  Prints the responsibility table (who leads, who is responsible, who takes part, by when) of a document:
  one row per task that assigns someone. FILE '-' reads standard input. CSV starts with a UTF-8 byte-order
  mark (for Excel, as in \`gongwen batch\`), and cells a spreadsheet would run as a formula get a leading '.
  Exit 1 when the input holds no text (nothing printed), 2 on usage errors or an unreadable FILE.`

const FORMATS = ['csv', 'json', 'md'] as const
const SCRIPTS = ['auto', 'keep', 'simplified'] as const

/** `gongwen table FILE` → exit code. */
export async function runTable(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'csv' }, script: { type: 'string', default: 'auto' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    out.write(tableHelp + '\n')
    return EXIT.ok
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'one FILE only' : "FILE is required ('-' reads standard input)")
  const format = oneOf('format', values.format!, FORMATS)
  const script = oneOf('script', values.script!, SCRIPTS)
  const file = positionals[0]
  const doc = parse(await readInput(file), { script, format: formatOf(file) })
  const bad = noText(doc)
  if (bad) {
    err.write(`gongwen table: ${file === '-' ? 'standard input' : file}: ${bad.code}: ${bad.message}\n`)
    return EXIT.problems
  }
  const rows = responsibilityTable(doc)
  if (format === 'json') out.write(JSON.stringify(rows, null, 2) + '\n')
  else if (format === 'md') out.write(tableToMarkdown(rows))
  else out.write(CSV_BOM + tableToCsv(rows))
  return EXIT.ok
}
