import { dirname, isAbsolute, realpathSync, relative, resolve } from './files.js'
import { MAX_CONFIG_BYTES, parseJsonQuietly, readRegularFile } from './read-file.js'
import { z } from 'zod'
import { loadRegistry, RegistryError, type UnitIndex, type UnitRegistry } from './registry.js'
import { RULE_IDS } from './rules/index.js'
import type { RuleSetting } from './types.js'

/** A calendar date `YYYY-MM-DD` that exists (2015-02-30 does not). */
const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), {
    message: 'not a calendar date',
  })

const Setting = z.enum(['error', 'warn', 'off'])

/**
 * `gongwen.config.json`:
 * `{ "rules": { "<rule-id>": "error" | "warn" | "off" }, "registry": "units.json", "documentDate": "2015-02-05" }`.
 * `registry` is relative to the config file and must lie inside its folder or the working directory
 * (a regular file of at most 8 MiB). `documentDate` and `period` apply to every input
 * (tables carry no date of their own; for documents they override the parsed dates).
 */
export const ConfigFileSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z
      .record(z.string(), Setting)
      .superRefine((rules, ctx) => {
        for (const id of Object.keys(rules)) {
          if (!RULE_IDS.includes(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule (rules are ${RULE_IDS.join(', ')})` })
        }
      })
      .optional(),
    registry: z.string().min(1).optional(),
    documentDate: CalendarDate.optional(),
    period: z.object({ start: CalendarDate.nullable().optional(), end: CalendarDate.nullable().optional() }).strict().optional(),
  })
  .strict()

export type ConfigFile = z.infer<typeof ConfigFileSchema>

/** Options of `validate()`. */
export interface ValidateConfig {
  /** Severity per rule id; rules not named keep their default. */
  rules?: Partial<Record<string, RuleSetting>>
  /** The unit registry for `unit-known` (a loaded index, or the registry's JSON content). */
  registry?: UnitIndex | UnitRegistry
  /** Deadlines must not precede this date (ISO). */
  documentDate?: string
  /** The plan period deadlines must lie in (ISO dates), when the input does not say. */
  period?: { start?: string | null; end?: string | null }
}

/** A config file that cannot be used; the message names the file and the field. */
export class ConfigError extends Error {}

/**
 * Checks a config object (the parsed JSON of a config file) and loads its registry, relative to `baseDir`.
 * @example parseConfig({ rules: { 'task-duplicate': 'off' } }, { file: 'gongwen.config.json', baseDir: '.' })
 */
export function parseConfig(json: unknown, where: { file: string; baseDir: string }): ValidateConfig {
  const parsed = ConfigFileSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    throw new ConfigError(`invalid config ${where.file}:\n${lines.join('\n')}`)
  }
  const { rules, registry, documentDate, period } = parsed.data
  const config: ValidateConfig = {}
  if (rules) config.rules = rules
  if (documentDate) config.documentDate = documentDate
  if (period) config.period = period
  if (registry) {
    try {
      config.registry = loadRegistry(registryPath(registry, where.baseDir))
    } catch (e) {
      if (e instanceof RegistryError) throw new ConfigError(`invalid config ${where.file}: registry: ${e.message}`)
      throw e
    }
  }
  return config
}

/**
 * Where a config's `registry` is: relative to the config's folder, and inside that folder or the
 * working directory, symbolic links followed. A config may come from someone else (a pull request
 * in CI): it must not make the validator read, or quote, files outside the project.
 */
function registryPath(registry: string, baseDir: string): string {
  const file = resolve(baseDir, registry)
  let real: string
  try {
    real = realpathSync(file)
  } catch {
    return file // missing: loadRegistry says so
  }
  const inside = (root: string) => {
    let base: string
    try {
      base = realpathSync(root)
    } catch {
      return false
    }
    const rel = relative(base, real)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  }
  if (!inside(baseDir) && !inside(process.cwd())) {
    throw new RegistryError(`${registry} is outside the project (the config's folder and the working directory)`)
  }
  return real
}

/**
 * Reads `gongwen.config.json` (or another file) and checks it.
 * @example const config = loadConfig('gongwen.config.json'); validate(doc, config)
 */
export function loadConfig(file: string): ValidateConfig {
  let text: string
  try {
    text = readRegularFile(file, MAX_CONFIG_BYTES).toString('utf8')
  } catch (e) {
    throw new ConfigError(`cannot read config ${file}: ${(e as Error).message}`)
  }
  let json: unknown
  try {
    json = parseJsonQuietly(text.replace(/^\ufeff/, ''))
  } catch (e) {
    throw new ConfigError(`invalid config ${file}: ${(e as Error).message}`)
  }
  return parseConfig(json, { file, baseDir: dirname(resolve(file)) })
}

/** The severity a rule runs at under a config. */
export function settingOf(id: string, defaultSeverity: RuleSetting, config: ValidateConfig): RuleSetting {
  return config.rules?.[id] ?? defaultSeverity
}
