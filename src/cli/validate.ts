import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from '../parse.js'
import { PolicyDocumentSchema } from '../schema/document.js'
import { ConfigError, loadConfig, settingOf, type ValidateConfig } from '../validate/config.js'
import { formatReport, REPORT_FORMATS, counts, type FileResult, type ReportFormat } from '../validate/report/index.js'
import { RULES } from '../validate/rules/index.js'
import { readTable, tableFromRows } from '../validate/table.js'
import type { Finding } from '../validate/types.js'
import { validate } from '../validate/validate.js'
import { formatFromPath as formatOf } from '../formats/path.js'
import { decodeInput } from '../decode/index.js'
import { CliError, EXIT, readFailure, readInput, UsageError } from './input.js'

export const validateHelp = `gongwen validate <inputs…> [--config gongwen.config.json] [--format text|json|github|junit|html] [--max-warnings N]
  Checks plans and responsibility tables against the rules (task-has-lead, unit-known, deadline-… ).
  Inputs: documents (.txt, .md, .html), PolicyDocument JSON (.json), hand-kept tables (.csv, or .json
  rows; UTF-8, UTF-16 or GB18030 like documents); folders are searched recursively; '-' reads standard
  input (JSON when it starts with { or [, a table when its first line is a table header, else a document).
  Without --config, ./gongwen.config.json is used if present. An input that holds no text (empty, binary,
  invalid-encoding) is an error of rule "input". Exit 1 when any error, or more warnings than
  --max-warnings; 2 on usage or config errors, a missing input, or folders with nothing to check.`

/** Extensions a folder walk picks up. */
const DOCUMENT_EXTS = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])
const WALK_EXTS = new Set([...DOCUMENT_EXTS, '.json', '.csv'])
const SKIP_DIRS = new Set(['node_modules', '.git'])
/** Rule id of inputs that cannot be read as a document or a table. */
const INPUT_RULE = 'input'

/**
 * `gongwen validate <inputs…>` → exit code (0 clean, 1 problems, 2 usage or config error).
 * @example process.exitCode = await runValidate(['plans/', '--format', 'github'])
 */
export async function runValidate(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    return await run(argv, out)
  } catch (e) {
    const code = (e as { code?: string }).code
    if (e instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      err.write(`gongwen validate: ${(e as Error).message}\n\n${validateHelp}\n`)
      return EXIT.usage
    }
    if (e instanceof ConfigError || e instanceof CliError) {
      err.write(`gongwen validate: ${(e as Error).message}\n`)
      return e instanceof CliError ? e.exitCode : EXIT.usage
    }
    throw e
  }
}

async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f', default: 'text' },
      'max-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    out.write(validateHelp + '\n')
    return 0
  }
  const format = values.format as ReportFormat
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`unknown --format ${JSON.stringify(values.format)} (one of: ${REPORT_FORMATS.join(', ')})`)
  const maxWarningsText = values['max-warnings']
  if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) throw new UsageError('--max-warnings must be a whole number')
  const maxWarnings = maxWarningsText === undefined ? Infinity : Number(maxWarningsText)
  if (positionals.length === 0) throw new UsageError("no inputs ('-' reads standard input)")

  const configFile = values.config ?? (existsSync('gongwen.config.json') ? 'gongwen.config.json' : undefined)
  const config: ValidateConfig = configFile ? loadConfig(configFile) : {}

  const inputs = expandInputs(positionals, configFile)
  const results: FileResult[] = []
  for (const input of inputs) {
    const result = await validateFile(input.path, input.explicit, config)
    if (result) results.push(result)
  }
  if (results.length === 0) throw new CliError(`no documents or tables found in ${positionals.join(' ')}`)

  const rules = RULES.map((r) => ({
    id: r.id,
    doc: r.doc,
    setting: settingOf(r.id, r.defaultSeverity, config),
    ...(r.id === 'unit-known' && !config.registry ? { skip: 'no unit registry in the config' } : {}),
  }))
  out.write(formatReport(format, results, { rules, source: sourceText }))
  const { errors, warnings } = counts(results)
  return errors > 0 || warnings > maxWarnings ? 1 : 0
}

/** Files named on the command line, and what folders hold (sorted, recursively). */
function expandInputs(args: string[], configFile: string | undefined): Array<{ path: string; explicit: boolean }> {
  const skip = new Set(configFile ? [resolve(configFile)] : [])
  const files: Array<{ path: string; explicit: boolean }> = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(p)
      } else if (entry.isFile() && WALK_EXTS.has(extname(entry.name).toLowerCase()) && !skip.has(resolve(p))) {
        files.push({ path: p, explicit: false })
      }
    }
  }
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: arg, explicit: true })
      continue
    }
    let isDir: boolean
    try {
      isDir = statSync(arg).isDirectory()
    } catch (e) {
      throw new CliError(`cannot read ${arg}: ${readFailure(e)}`)
    }
    if (isDir) walk(arg)
    else files.push({ path: arg, explicit: true })
  }
  return files
}

/**
 * Reads and validates one file. JSON that is neither a PolicyDocument nor an array of rows is
 * skipped in a folder walk (configs, registries) and reported when named explicitly.
 */
async function validateFile(path: string, explicit: boolean, config: ValidateConfig): Promise<FileResult | undefined> {
  const bytes = await readInput(path)
  const file = path === '-' ? '<stdin>' : path
  const problem = (message: string): FileResult => ({ file, findings: [{ ruleId: INPUT_RULE, severity: 'error', message, file }] })
  // Tables and JSON are decoded like documents (a GBK table from Excel on a Chinese system).
  const decoded = decodeInput(bytes)
  const error = decoded.diagnostics.find((d) => d.severity === 'error')
  if (error) return problem(`${error.code}: ${error.message}`)
  const ext = path === '-' ? kindOfStdin(decoded.text) : extname(path).toLowerCase()
  if (ext === '.csv') return withFile(file, validate(readTable(decoded.text, 'csv'), config))
  if (ext === '.json') {
    let json: unknown
    try {
      json = JSON.parse(decoded.text)
    } catch (e) {
      return problem(`not valid JSON: ${(e as Error).message}`)
    }
    if (Array.isArray(json)) {
      // Row positions (from `gongwen table --format json`) point into the source document, not this
      // file: report JSON rows by row and column only.
      const findings = validate(tableFromRows(json), config).map(({ position: _, ...f }) => f)
      return withFile(file, findings)
    }
    if (json && typeof json === 'object' && (json as { type?: unknown }).type === 'document') {
      const parsed = PolicyDocumentSchema.safeParse(json)
      if (!parsed.success) {
        return {
          file,
          findings: parsed.error.issues.slice(0, 20).map((i) => ({
            ruleId: 'document-schema',
            severity: 'error' as const,
            message: `${i.path.map(String).join('.') || '(root)'}: ${i.message}`,
            file,
          })),
        }
      }
      const noText = parsed.data.diagnostics.find((d) => d.severity === 'error')
      if (noText) return problem(`the document holds no text: ${noText.code}: ${noText.message}`)
      // Positions are in the source document: report against it when the JSON names it.
      const source = parsed.data.source?.path ?? file
      return withFile(source, validate(parsed.data, config))
    }
    return explicit ? problem('neither a PolicyDocument (type "document") nor an array of table rows') : undefined
  }
  const doc = parse(bytes, { ...(path === '-' ? {} : { path }), format: formatOf(file) })
  const noText = doc.diagnostics.find((d) => d.severity === 'error')
  if (noText) return problem(`${noText.code}: ${noText.message}`)
  return withFile(file, validate(doc, config))
}

/** A source file's decoded text, for the html report's excerpts; undefined when unreadable. */
function sourceText(file: string): string | undefined {
  try {
    return decodeInput(readFileSync(file)).text
  } catch {
    return undefined
  }
}

/** What standard input holds: JSON, a table (its first line has the table's columns) or a document. */
function kindOfStdin(text: string): '.json' | '.csv' | '.txt' {
  const start = text.trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return '.json'
  const header = start
    .slice(0, start.search(/\r?\n|$/))
    .split(',')
    .map((c) => c.trim())
  return header.includes('path') && header.includes('title') && header.includes('lead') ? '.csv' : '.txt'
}

function withFile(file: string, findings: Finding[]): FileResult {
  return { file, findings: findings.map((f) => ({ ...f, file })) }
}
