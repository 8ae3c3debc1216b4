import type { Position } from '../schema/position.js'
import type { Clause } from '../schema/clause.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Period, Stage } from '../schema/time.js'
import type { UnitIndex } from './registry.js'

/** How loud a rule is: `off` disables it. */
export type RuleSetting = 'error' | 'warn' | 'off'
export type Severity = 'error' | 'warn'

/**
 * One problem found by `validate()`.
 * - `position`: in the SOURCE document (or in the CSV file for a hand-kept table); absent when unknown.
 * - `row`: the table row (CSV: the record number, the header being row 1; JSON rows: 1-based index).
 * - `column`: the table column (`lead`, `deadlines` …) the finding is about.
 * - `path`: the clause path of the task (`["二", "（一）", "3"]`).
 */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  position?: Position
  row?: number
  column?: string
  file?: string
  path?: string[]
}

/** A unit as the rules see it, whether it came from a parsed document or a table cell. */
export interface UnitRef {
  name: string
  canonical?: string
  kind: 'organ' | 'collective' | 'person'
  position?: Position
  /** The table column it was read from. */
  column?: string
}

/** A deadline as the rules see it: resolved when the parser (or the table reader) could resolve it. */
export interface DeadlineRef {
  raw: string
  kind: 'due' | 'start' | 'range' | 'recurring' | 'ongoing' | 'immediate' | 'unknown'
  date: string | null
  start: string | null
  end: string | null
  /** As the time grammar gives it; `none` for a deadline that has no date by design (`近期`). */
  precision?: string
  position?: Position
  column?: string
}

/** One role assignment of a task, as the rules see it. */
export interface RoleRef {
  role: 'lead' | 'responsible' | 'participant' | 'leader' | 'assessor'
  units: UnitRef[]
  scope?: string
  position?: Position
}

/** A task (a clause with an assignment or a deadline, or a table row). */
export interface TaskRef {
  path: string[]
  title: string
  roles: RoleRef[]
  deadlines: DeadlineRef[]
  position?: Position
  /** Table row number, for tables. */
  row?: number
  /** Where each cell of the row is, for CSV tables (an empty lead cell still has a place). */
  cells?: Partial<Record<string, Position>>
  /** The document (or table) the task belongs to. */
  doc: DocRef
}

/** A document (or a whole table) as the rules see it. */
export interface DocRef {
  kind: 'document' | 'table'
  title: string | null
  /** The date deadlines must not precede (config `documentDate`, else signed / published date, else the enclosing notice's). */
  date: string | null
  period: { start: string | null; end: string | null; raw?: string; position?: Position } | null
  stages: Stage[]
  clauses: Clause[]
  tasks: TaskRef[]
  /** Parser diagnostics of this document (only the outermost document of a parse holds them). */
  diagnostics: Diagnostic[]
}

/** What a rule's `check()` gets. */
export interface RuleContext {
  docs: DocRef[]
  /** All tasks of all docs, in document order. */
  tasks: TaskRef[]
  /** Units of the registry, when the config names one. */
  registry?: UnitIndex
  /** Report a finding; the rule id and severity are filled in. */
  report(finding: Omit<Finding, 'ruleId' | 'severity'>): void
}

/** A validation rule. `doc` is one line; `defaultSeverity` applies unless the config overrides it. */
export interface Rule {
  id: string
  doc: string
  defaultSeverity: RuleSetting
  check(ctx: RuleContext): void
}

export type { Period }
