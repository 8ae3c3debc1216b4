import { dirname, readFileSync, resolve } from './files.js'
import { z } from 'zod'
import { loadRegistry, RegistryError, UnitIndex, type UnitRegistry } from './registry.js'
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
 * `registry` is relative to the config file. `documentDate` and `period` apply to every input
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
      config.registry = loadRegistry(resolve(where.baseDir, registry))
    } catch (e) {
      if (e instanceof RegistryError) throw new ConfigError(`invalid config ${where.file}: registry: ${e.message}`)
      throw e
    }
  }
  return config
}

/**
 * Reads `gongwen.config.json` (or another file) and checks it.
 * @example const config = loadConfig('gongwen.config.json'); validate(doc, config)
 */
export function loadConfig(file: string): ValidateConfig {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new ConfigError(`cannot read config ${file}: ${(e as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new ConfigError(`invalid config ${file}: not valid JSON: ${(e as Error).message}`)
  }
  return parseConfig(json, { file, baseDir: dirname(resolve(file)) })
}

/** The severity a rule runs at under a config. */
export function settingOf(id: string, defaultSeverity: RuleSetting, config: ValidateConfig): RuleSetting {
  return config.rules?.[id] ?? defaultSeverity
}
