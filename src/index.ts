/**
 * gongwen — Chinese government policy documents → typed, validated, positioned JSON.
 *
 * The root is what most callers need: `parse()`, the schemas and their types, the responsibility
 * table, `extractDeadlines()` and `validate()`. More in layers: `gongwen/unified` (the processor and
 * its plugins), `gongwen/grammar` (the role, unit and time scanners), `gongwen/validate` (rules,
 * config, reporters), `gongwen/batch` (Node only).
 * @packageDocumentation
 */
export * from './schema/index.js'
export { parse, type ParseOptions } from './parse.js'
export { responsibilityTable, tableToCsv, tableToMarkdown } from './emit/table.js'
export { extractDeadlines, type ExtractDeadlinesOptions } from './extract/time/index.js'
export { validate, type Finding, type ValidateConfig, type ValidateInput } from './validate/index.js'
