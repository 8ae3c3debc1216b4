import vocabulary from './collectives.json' with { type: 'json' }
import { unitKey } from './registry.js'

/**
 * Whether a unit name read from a table names a collective (各有关部门, 市直各单位) rather than one body.
 * @example isCollectiveName('各有关部门') // true
 * @example isCollectiveName('区司法局') // false
 */
export function isCollectiveName(name: string): boolean {
  const key = unitKey(name)
  return vocabulary.startsWith.some((p) => key.startsWith(p)) || vocabulary.endsWith.some((s) => key.endsWith(s))
}
