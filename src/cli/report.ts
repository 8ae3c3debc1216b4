import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from '../parse.js'
import { decodeInput } from '../decode/input.js'
import { formatFromPath as formatOf } from '../formats/path.js'
import { renderReport } from '../report/render.js'
import { reportPage } from '../report/page.js'
import { ConfigError, loadConfig } from '../validate/config.js'
import { validate } from '../validate/validate.js'

export const reportHelp = `gongwen report FILE [--out report.html] [--today YYYY-MM-DD] [--config gongwen.config.json] [--script auto|keep|simplified]
  Writes one self-contained HTML page (no network): the text with units and deadlines highlighted,
  the clause tree, the responsibility table (sortable, filterable), a timeline of stages and
  deadlines, validation findings in the margin; a box to paste another document and parse it in
  the page. --out - writes to standard output.`

/**
 * The page's script, built by tsup next to the CLI (dist/report-client.js); from a source checkout
 * run through tsx, the one in dist/. Undefined when not built: the page then works without it
 * (no sorting, filtering or pasting).
 */
function clientScript(): string | undefined {
  for (const rel of ['./report-client.js', '../../dist/report-client.js']) {
    const url = new URL(rel, import.meta.url)
    if (existsSync(url)) return readFileSync(url, 'utf8')
  }
  return undefined
}

/**
 * `gongwen report FILE` → exit code (0 written, 1 unreadable input, 2 usage or config error).
 * @example process.exitCode = runReport(['plan.txt', '--out', 'plan.html'])
 */
export function runReport(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'report.html' },
      today: { type: 'string' },
      config: { type: 'string', short: 'c' },
      script: { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    out.write(reportHelp + '\n')
    return 0
  }
  if (positionals.length !== 1 || (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) || !['auto', 'keep', 'simplified'].includes(values.script!)) {
    err.write(
      `gongwen report: ${positionals.length !== 1 ? 'one input file expected' : values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today) ? '--today must be YYYY-MM-DD' : '--script must be auto, keep or simplified'}\n\n${reportHelp}\n`,
    )
    return 2
  }
  const file = positionals[0]
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch (e) {
    err.write(`gongwen report: cannot read ${file}: ${(e as Error).message}\n`)
    return 1
  }
  let findings
  try {
    const config = values.config ? loadConfig(values.config) : existsSync('gongwen.config.json') ? loadConfig('gongwen.config.json') : {}
    const doc = parse(bytes, { path: file, format: formatOf(file), script: values.script as 'auto' })
    findings = validate(doc, config)
    const text = decodeInput(bytes).text
    const today = values.today ?? new Date().toISOString().slice(0, 10)
    const body = renderReport(doc, text, { today, findings, file: basename(file) })
    const html = reportPage({ title: doc.meta.title ?? basename(file), body, script: clientScript() })
    if (values.out === '-') out.write(html)
    else writeFileSync(values.out!, html)
    return 0
  } catch (e) {
    if (e instanceof ConfigError) {
      err.write(`gongwen report: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
