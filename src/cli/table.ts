import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse } from '../parse.js'
import { responsibilityTable, tableToCsv, tableToMarkdown } from '../emit/table.js'
import { formatFromPath as formatOf } from '../formats/path.js'

export const tableHelp = `gongwen table FILE [--format csv|json|md] [--script auto|keep|simplified]
  Prints the responsibility table (who leads, who is responsible, who takes part, by when) of a document.`

export function runTable(argv: string[], out: NodeJS.WritableStream = process.stdout): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'csv' }, script: { type: 'string', default: 'auto' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help || positionals.length !== 1 || !['csv', 'json', 'md'].includes(values.format!)) {
    process.stderr.write(tableHelp + '\n')
    return values.help ? 0 : 2
  }
  const file = positionals[0]
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file === '-' ? 0 : file)
  } catch (e) {
    process.stderr.write(`gongwen table: cannot read ${file}: ${(e as Error).message}\n`)
    return 1
  }
  const rows = responsibilityTable(parse(bytes, { script: values.script as 'auto', format: formatOf(file) }))
  if (values.format === 'json') out.write(JSON.stringify(rows, null, 2) + '\n')
  else if (values.format === 'md') out.write(tableToMarkdown(rows))
  else out.write(tableToCsv(rows))
  return 0
}
