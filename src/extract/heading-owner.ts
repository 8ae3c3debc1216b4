/**
 * A responsibility breakdown's section heading that only names its owner (`一、孟学农省长负责的工作`,
 * `（一）省监察厅牵头的工作`): the heading's clause holds that owner; its items do not inherit it.
 * Vocabulary: grammars/roles/document-rules.json `headingOwner`, person titles from
 * grammars/roles/verbs.json `officerLeader`.
 */
import documentRules from '../../grammars/roles/document-rules.json' with { type: 'json' }
import verbs from '../../grammars/roles/verbs.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'
import type { ClauseNode } from '../tree/types.js'
import type { Role } from '../schema/task.js'
import { escapeRegExp } from '../text/regexp.js'
import type { Jurisdiction } from './roles/index.js'
import { unitsAsLabelled } from './labelled-role.js'
import { firstLine } from './first-line.js'

const OWNER = documentRules.headingOwner
const LABEL_OF = new Map(OWNER.verbs.map((v) => [v.verb, v.as]))
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
/** The whole heading line: owner, verb, joiner, object. */
const HEADING = new RegExp(`^(.{2,60}?)(${alternatives(OWNER.verbs.map((v) => v.verb))})${escapeRegExp(OWNER.joiner)}(?:${alternatives(OWNER.objects)})$`)
/** An owner that is a person: a short name and an officer's title (孟学农省长, 薛延忠常务副省长). */
const PERSON = new RegExp(`^([\\u4e00-\\u9fff]{2,${verbs.officerLeader.nameMax}})(?:${alternatives(verbs.officerLeader.titles)})$`)

/** The role the heading line of `clause` names for its owner, with the offset it was found at; null when the line is no such heading. */
export function headingOwnerRole(view: MappedText, jurisdiction: Jurisdiction, clause: ClauseNode): { role: Role; offset: number } | null {
  const [start, end] = firstLine(view, clause)
  const heading = HEADING.exec(view.text.slice(start, end))
  if (!heading) return null
  const person = PERSON.exec(heading[1])
  const label = person ? OWNER.personLabel : LABEL_OF.get(heading[2])
  if (!label) return null
  const [found] = unitsAsLabelled(view, jurisdiction, label, start, start + (person ? person[1].length : heading[1].length))
  if (!found?.units.length) return null
  const role: Role = { role: found.role, label: '', units: found.units, scope: undefined, position: view.position(start, end), inherited: undefined }
  return { role, offset: start }
}
