import { classifyUnit, foldPunctuation } from '../extract/roles/index.js'

/**
 * Whether a unit name read from a table names a collective (各有关部门, 市直各单位) rather than one
 * body. Tables carry no unit kind, so the name is classified with the role grammar's unit rules
 * (grammars/units/suffixes.json), the same that give parsed units their kind.
 *
 * @example isCollectiveName('各有关部门') // true
 * @example isCollectiveName('区司法局') // false
 */
export function isCollectiveName(name: string): boolean {
  const text = foldPunctuation(name.trim())
  return classifyUnit(text, 0, text.length) === 'collective'
}
