import { buildModel, type ValidateInput } from './model.js'
import { settingOf, type ValidateConfig } from './config.js'
import { UnitIndex } from './registry.js'
import { RULES } from './rules/index.js'
import type { Finding, RuleContext } from './types.js'

/**
 * Checks a parsed document, responsibility rows or a hand-kept table against the rules.
 * Findings come in document order (table schema problems first); positions are in the source
 * document (or the CSV file of a table).
 *
 * @example
 * import { parse, validate } from 'gongwen'
 * const findings = validate(parse(text), { rules: { 'task-duplicate': 'off' } })
 * findings.filter((f) => f.severity === 'error').length // 0
 */
export function validate(input: ValidateInput, config: ValidateConfig = {}): Finding[] {
  const { docs, schemaFindings } = buildModel(input, { documentDate: config.documentDate, period: config.period })
  const registry = config.registry === undefined ? undefined : config.registry instanceof UnitIndex ? config.registry : new UnitIndex(config.registry)
  const findings: Finding[] = []
  for (const rule of RULES) {
    const setting = settingOf(rule.id, rule.defaultSeverity, config)
    if (setting === 'off') continue
    const ctx: RuleContext = {
      docs,
      tasks: docs.flatMap((d) => d.tasks),
      ...(registry ? { registry } : {}),
      report: (f) => findings.push({ ruleId: rule.id, severity: setting, ...f }),
    }
    rule.check(ctx)
  }
  return [...schemaFindings, ...sortFindings(findings)]
}

/** Document order: by row, then by offset; findings without either keep their rule order at the end. */
export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.row ?? Infinity, f.position?.start.offset ?? Infinity] as const
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const [ra, oa] = key(a.f)
      const [rb, ob] = key(b.f)
      return ra !== rb ? ra - rb : oa !== ob ? oa - ob : a.i - b.i
    })
    .map((x) => x.f)
}
