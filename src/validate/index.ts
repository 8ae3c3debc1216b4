/**
 * `validate()`: rules over parsed documents and hand-kept responsibility tables, for CI.
 * @packageDocumentation
 */
export { validate, sortFindings } from './validate.js'
export type { ValidateInput } from './model.js'
export type { Finding, Severity, RuleSetting, Rule, RuleContext, TaskRef, DocRef, UnitRef, RoleRef, DeadlineRef } from './types.js'
export { RULES, RULE_IDS } from './rules/index.js'
export { ConfigFileSchema, ConfigError, loadConfig, parseConfig, settingOf, type ValidateConfig, type ConfigFile } from './config.js'
export { UnitIndex, UnitRegistrySchema, loadRegistry, unitKey, type UnitRegistry } from './registry.js'
export { readTable, tableFromRows, REQUIRED_TABLE_COLUMNS, TABLE_SCHEMA_RULE, type HandTable, type HandTableRow, type TableColumn } from './table.js'
export { readCsv, type CsvRecord, type CsvField } from './csv.js'
export { isCollectiveName } from './collective.js'
export { formatReport, formatText, formatJson, formatGithub, formatJunit, formatHtml, REPORT_FORMATS, type ReportFormat, type FileResult, type ReportContext } from './report/index.js'
