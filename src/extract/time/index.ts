/**
 * Time expressions of policy documents: deadlines, starts, ranges, recurring dates, ongoing and
 * immediate work, milestones, stages, the plan period and effective dates.
 */
export { scanTime, scanTimeIn, nounYearsOf, type ScanOptions, type ScanResult, type TimeMatch, type TimeDiagnostic } from './scan.js'
export { extractDeadlines, type ExtractDeadlinesOptions } from './extract.js'
export { scheduleLabels, splitMilestones, type MilestoneMatch } from './milestones.js'
export { findStages, RANGE_LINES, STEP_HEAD, type StageBlock, type StageMatch, type StageOptions } from './stages.js'
export { planPeriodFromTitle, preambleYearOf, titleYearOf, type PlanPeriodMatch } from './period.js'
export { effectiveDates, type EffectiveDates } from './effective.js'
export { fullTextEffective, namesParentLaw } from './enacted.js'
export { canonicalize, type Canon } from './canon.js'
export {
  editionYearOf,
  eventOf,
  revisionYearOf,
  isCaseReport,
  isNarrativeGenre,
  isNarrativeTitle,
  signingDateAtEnd,
  deliveryDateline,
  yearContextOf,
  type EventContext,
  type EventReading,
} from './events.js'
export { standingReading, STANDING_MIN_ARTICLES, type StandingReading } from './standing.js'
