/**
 * gongwen — Chinese government policy documents → typed, validated, positioned JSON.
 * @packageDocumentation
 */
export * from './schema/index.js'
export { parse, type ParseOptions } from './parse.js'
export { createProcessor, gongwenParse, gongwenStructure, gongwenEmit } from './pipeline.js'
export { gongwenExtract } from './pipeline.js'
export { responsibilityTable, tableToCsv, tableToMarkdown } from './emit/table.js'
export {
  scanRoles,
  canonicalUnit,
  loadAliases,
  jurisdictionFromIssuer,
  jurisdictionFromTitle,
  type Jurisdiction,
  type RoleMatch,
  type UnitMatch,
} from './extract/roles/index.js'
export {
  extractDeadlines,
  scanTime,
  splitMilestones,
  findStages,
  planPeriodFromTitle,
  effectiveDates,
  type ExtractDeadlinesOptions,
  type TimeMatch,
  type MilestoneMatch,
  type StageBlock,
  type StageMatch,
} from './extract/time/index.js'
export * as stages from './steps.js'
export { parseBatch, type BatchRecord, type BatchInput, type ParseBatchOptions, type BatchErrorCode } from './batch/index.js'
export { decode, DecodeError } from './decode/index.js'
export { markdownToText, htmlToText, toPlainText } from './formats/index.js'
export {
  validate,
  loadConfig,
  parseConfig,
  loadRegistry,
  readTable,
  tableFromRows,
  RULES,
  RULE_IDS,
  ConfigError,
  UnitIndex,
  formatReport,
  type Finding,
  type ValidateConfig,
  type ValidateInput,
  type HandTable,
  type Rule,
  type RuleSetting,
  type UnitRegistry,
  type ReportFormat,
  type FileResult,
} from './validate/index.js'
