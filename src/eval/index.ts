/**
 * Evaluation against hand-annotated documents (test/gold): precision, recall and F1 per field.
 * @packageDocumentation
 */
export { evaluate, type EvalReport, type EvaluateOptions, type FileReport } from './evaluate.js'
export { compareDocument, annotatedOptionalFields, FIELDS, META_FIELDS, OPTIONAL_FIELDS, type Comparison, type Field, type MetaField, type OptionalField, type Mismatch } from './compare.js'
export { loadGold, GoldFileSchema, type GoldFile, type GoldPart, type GoldTask, type GoldStage, type GoldMeta, type LoadedGold } from './gold.js'
export { score, type Counts, type Score } from './metrics.js'
export { canonicalText, canonicalUnit, pathKey } from './canonical.js'
export { formatText, formatMarkdown } from './table.js'
export { baselineOf, regressions, type Baseline, type Regression } from './baseline.js'
