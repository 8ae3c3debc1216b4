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
import { decodeInput } from '../decode/input.js'

export const validateHelp = `gongwen validate <inputs…> [--config gongwen.config.json] [--format text|json|github|junit|html] [--max-warnings N]
  Checks plans and responsibility tables against the rules (task-has-lead, unit-known, deadline-… ).
  Inputs: documents (.txt, .md, .html), PolicyDocument JSON (.json), hand-kept tables (.csv, or .json
  rows); folders are searched recursively. Without --config, ./gongwen.config.json is used if present.
  Exit 1 when any error, or more warnings than --max-warnings; 2 on usage or config errors.`

/** Extensions a folder walk picks up. */
const DOCUMENT_EXTS = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])
const WALK_EXTS = new Set([...DOCUMENT_EXTS, '.json', '.csv'])
const SKIP_DIRS = new Set(['node_modules', '.git'])
/** Rule id of inputs that cannot be read as a document or a table. */
const INPUT_RULE = 'input'

class UsageError extends Error {}

/**
 * `gongwen validate <inputs…>` → exit code (0 clean, 1 problems, 2 usage or config error).
 * @example process.exitCode = await runValidate(['plans/', '--format', 'github'])
 */
export async function runValidate(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  try {
    return run(argv, out)
  } catch (e) {
    const code = (e as { code?: string }).code
    if (e instanceof UsageError || e instanceof ConfigError || code?.startsWith('ERR_PARSE_ARGS')) {
      err.write(`gongwen validate: ${(e as Error).message}\n${e instanceof ConfigError ? '' : '\n' + validateHelp + '\n'}`)
      return 2
    }
    throw e
  }
}

function run(argv: string[], out: NodeJS.WritableStream): number {
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
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`)
  const maxWarningsText = values['max-warnings']
  if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) throw new UsageError('--max-warnings must be a whole number')
  const maxWarnings = maxWarningsText === undefined ? Infinity : Number(maxWarningsText)
  if (positionals.length === 0) throw new UsageError('no inputs')

  const configFile = values.config ?? (existsSync('gongwen.config.json') ? 'gongwen.config.json' : undefined)
  const config: ValidateConfig = configFile ? loadConfig(configFile) : {}

  const inputs = expandInputs(positionals, configFile)
  const results: FileResult[] = []
  for (const input of inputs) {
    const result = validateFile(input.path, input.explicit, config)
    if (result) results.push(result)
  }
  if (results.length === 0) throw new UsageError(`no documents or tables found in ${positionals.join(' ')}`)

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
    let isDir: boolean
    try {
      isDir = statSync(arg).isDirectory()
    } catch {
      throw new UsageError(`no such file or folder: ${arg}`)
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
function validateFile(file: string, explicit: boolean, config: ValidateConfig): FileResult | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`)
  }
  const ext = extname(file).toLowerCase()
  const problem = (message: string): FileResult => ({ file, findings: [{ ruleId: INPUT_RULE, severity: 'error', message, file }] })
  if (ext === '.csv') return withFile(file, validate(readTable(bytes.toString('utf8'), 'csv'), config))
  if (ext === '.json') {
    let json: unknown
    try {
      json = JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''))
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
      // Positions are in the source document: report against it when the JSON names it.
      const source = parsed.data.source?.path ?? file
      return withFile(source, validate(parsed.data, config))
    }
    return explicit ? problem('neither a PolicyDocument (type "document") nor an array of table rows') : undefined
  }
  const doc = parse(bytes, { path: file, format: formatOf(file) })
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

function withFile(file: string, findings: Finding[]): FileResult {
  return { file, findings: findings.map((f) => ({ ...f, file })) }
}
