/**
 * `gongwen/validate`: the CI rules over parsed documents and hand-kept responsibility tables —
 * the rules, their configuration (`.gongwen.json`, a unit registry), hand-table readers and the
 * reporters (text, JSON, GitHub annotations, JUnit, HTML). `validate()` itself is also in `gongwen`.
 *
 * @example
 * import { validate, RULES, formatReport } from 'gongwen/validate'
 * const findings = validate(doc, { rules: { 'task-duplicate': 'off' } })
 * console.log(formatReport('github', [{ file: 'plan.txt', findings }], { rules: [] }))
 * @packageDocumentation
 */
export { validate, type ValidateInput, type Finding, type Severity, type Rule, type RuleSetting, type RuleContext } from '../validate/index.js'
export type { TaskRef, DocRef, UnitRef, RoleRef, DeadlineRef } from '../validate/index.js'
export { RULES, RULE_IDS } from '../validate/index.js'
export { ConfigFileSchema, ConfigError, loadConfig, parseConfig, type ValidateConfig, type ConfigFile } from '../validate/index.js'
export { UnitIndex, UnitRegistrySchema, loadRegistry, type UnitRegistry } from '../validate/index.js'
export { readTable, tableFromRows, REQUIRED_TABLE_COLUMNS, type HandTable, type HandTableRow, type TableColumn } from '../validate/index.js'
export { formatReport, formatText, formatJson, formatGithub, formatJunit, formatHtml, REPORT_FORMATS, type ReportFormat, type FileResult, type ReportContext } from '../validate/index.js'
