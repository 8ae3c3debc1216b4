/** What one scanRoles call shares while it reads: the folded text, its brackets, what it found so far. */
import type { RulePhrase } from './rules.js'
import type { Brackets } from './text.js'
import type { RoleDiagnostic, RoleMatch } from './types.js'

export interface Region {
  /** content range, at its own bracket depth */
  start: number
  end: number
  paren: boolean
}

export interface Ctx {
  t: string
  br: Brackets
  roles: RoleMatch[]
  diagnostics: RoleDiagnostic[]
  emptyLabels: Set<number>
  segmenter: boolean
  /** Document-rule phrases, sorted: their words (为牵头单位) are not an assignment. */
  rulePhrases: RulePhrase[]
  /** Where each frame's closer (为主) occurs in `t`, found once per call (see readFramed). */
  frameCloses?: number[][]
}
