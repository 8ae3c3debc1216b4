/**
 * Offset-based results of the string-level role scanner. All offsets are code-unit offsets in the
 * `text` passed to `scanRoles` (never relative to `from`).
 */
import type { SpanDiagnostic } from '../../text/diagnostics.js'

export type RoleKind = 'lead' | 'responsible' | 'participant' | 'leader' | 'assessor'

export type UnitKind = 'organ' | 'collective' | 'person'

/**
 * One unit of a role list: `name` as printed in the caller's text (brackets kept, 等/等单位
 * dropped; half-width brackets stay half-width), `canonical` when a jurisdiction or alias table
 * was given and the unit has one.
 */
export interface UnitMatch {
  name: string
  canonical?: string
  kind: UnitKind
  index: number
  end: number
  /**
   * When the name is completed from a shared list (市发展改革、教育等部门 → 市教育部门): the printed
   * pieces it is made of, in order; `index`/`end` still cover the field as printed.
   */
  parts?: Span[]
}

export interface Span {
  index: number
  end: number
}

/** One assignment found in the text. */
export interface RoleMatch {
  role: RoleKind
  /** The words as printed: 牵头单位, 责任单位, 牵头区领导, 牵头, 配合, 负责落实、推进, 会同 … */
  label: string
  units: UnitMatch[]
  /** Part of the task the role covers (食品安全监管由市食安办牵头 → 食品安全监管). */
  scope?: string
  /** Where the scope is. */
  scopeSpan?: Span
  /** Start of the role phrase: the label, 由, or the first unit. */
  index: number
  /** End of the role phrase: end of the last unit or of the verb. */
  end: number
  /** Where the label/verb itself is. */
  labelSpan: Span
  /** A deadline/progress phrase inside the same parenthesis, for the time reader. */
  timeText?: Span
  /** How the role was read: a labelled list, prose, or a document rule (列第一位者为牵头单位). */
  form: 'labelled' | 'prose'
  /**
   * Set on the head of a duty list (X履行下列职责：): it stands for the items, so it holds only
   * when an item opens with a role verb, and items do not inherit it (see opensWithRoleVerb).
   */
  listHead?: boolean
  /**
   * Set when a document rule changed the reading (first unit of a responsible list → lead), or made
   * the role (`standing`: 以下均需X落实，不再列出 — the caller hands it on to later tasks; `own-runner`:
   * 本计画执行机关为X — the point holds it, its items are not handed it).
   */
  rule?: 'first-listed-lead' | 'standing' | 'own-runner'
}

/** A role label occurrence that is not an assignment, with why. */
export interface NonAssignment {
  label: string
  index: number
  end: number
  reason: 'no-colon' | 'empty-list' | 'document-rule' | 'not-a-unit-list'
}

/** Document rules that change how later lists read; carry them through a document. */
export interface RoleRules {
  /** 列第一位者为牵头单位，下同: the first unit of a responsible list is the lead. */
  firstListedLead?: boolean
  /** Where the rule was stated, when it was found by this scanner. */
  firstListedLeadAt?: Span & { text: string }
}

/** A role scanner's diagnostic: the one scanner shape, `[index, end)` in the scanned string. */
export type RoleDiagnostic = SpanDiagnostic

/** Where a document belongs, for expanding 市/区/省 prefixes of unit names. */
export interface Jurisdiction {
  level: 'national' | 'province' | 'city' | 'district' | 'unknown'
  /** Full names with suffix: 广东省, 深圳市, 宝安区. */
  province?: string
  city?: string
  district?: string
}

export interface ScanResult {
  roles: RoleMatch[]
  rules: RoleRules
  nonAssignments: NonAssignment[]
  diagnostics: RoleDiagnostic[]
}
