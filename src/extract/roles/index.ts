/**
 * String-level role extraction: who leads, who is responsible, who takes part, found in the text
 * of a clause as offset-based matches, plus the unit-name helpers it rests on.
 */
export { mayHoldRoleIn, opensWithRoleVerb, roleGateReadsRaw, scanRoles, scanRolesAsked, type ScanOptions } from './scan.js'
export { classifyUnit, splitUnitList, type Piece } from './units.js'
export { canonicalUnit, loadAliases, type AliasTable, type AliasGroup } from './canonical.js'
export { jurisdictionFromIssuer, jurisdictionFromTitle, loadPlaces, type Places, type PlacesInput } from './jurisdiction.js'
export { findFirstListedRules, firstListedSplit } from './rules.js'
export { foldPunctuation, Brackets } from './text.js'
export type {
  RoleKind,
  UnitKind,
  UnitMatch,
  RoleMatch,
  RoleRules,
  RoleDiagnostic,
  NonAssignment,
  Jurisdiction,
  ScanResult,
  Span,
} from './types.js'
