/**
 * gongwen — Chinese government policy documents → typed, validated, positioned JSON.
 * @packageDocumentation
 */
export * from './schema/index.js'
export { parse, type ParseOptions } from './parse.js'
export { createProcessor, gongwenParse, gongwenStructure, gongwenEmit } from './pipeline.js'
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
export * as stages from './stages.js'
