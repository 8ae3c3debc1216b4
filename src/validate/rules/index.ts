import type { Rule } from '../types.js'
import { taskHasLead } from './task-has-lead.js'
import { leadNotCollective } from './lead-not-collective.js'
import { unitKnown } from './unit-known.js'
import { roleConflict } from './role-conflict.js'
import { deadlineParseable } from './deadline-parseable.js'
import { deadlineAfterDocument } from './deadline-after-document.js'
import { deadlineWithinPlan } from './deadline-within-plan.js'
import { numberingContinuous } from './numbering-continuous.js'
import { taskDuplicate } from './task-duplicate.js'

/** Every rule, in the order reports list them. */
export const RULES: readonly Rule[] = [taskHasLead, leadNotCollective, unitKnown, roleConflict, deadlineParseable, deadlineAfterDocument, deadlineWithinPlan, numberingContinuous, taskDuplicate]

export const RULE_IDS = RULES.map((r) => r.id)
