/**
 * Organ names a reposting site printed with a mask over part of them (grammars/signature.json `maskedNames`): a
 * word filter's asterisks over 中共 (`****江苏省委`), a procurement site's `（略）` over the place (`（略）自然资源和规划局`).
 */
import sig from '../../grammars/signature.json' with { type: 'json' }
import places from '../../grammars/units/places.json' with { type: 'json' }
import { escapeRegExp, wordAlternation } from '../text/regexp.js'

const MASK = new RegExp(`(?:${sig.maskedNames.map(escapeRegExp).join('|')})+`, 'g')
const PLACE_OPENING = new RegExp(
  `^(?:${wordAlternation([...Object.entries(places.provinces).map(([name, level]) => name + level), ...Object.keys(places.cities).map((name) => `${name}市`)])})[\\u4e00-\\u9fff]`,
)

/**
 * The organ a masked name still names: without its mask when what is left opens with a place (the mask hid a
 * prefix such as 中共), null when the mask hid the place itself, and the name unchanged when nothing masks it.
 * @example unmaskedOrgan('****江苏省委') // '江苏省委'
 * @example unmaskedOrgan('（略）自然资源和规划局') // null
 * @example unmaskedOrgan('江苏省人民政府') // '江苏省人民政府'
 */
export function unmaskedOrgan(organ: string): string | null {
  const rest = organ.replace(MASK, '').trim()
  if (rest === organ) return organ
  return PLACE_OPENING.test(rest) ? rest : null
}
