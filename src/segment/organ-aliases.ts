/**
 * Organ words in one form: each stem of an alias group of grammars/units/aliases.json (`安委会`, `发改委`, `政府`) as the
 * group's first (`安全生产委员会`, `发展和改革委员会`, `人民政府`), so that two printings of one organ's name compare equal.
 */
import aliases from '../../grammars/units/aliases.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'

const ALIAS_STEMS = aliases.groups.flatMap((g) => g.stems.map((stem) => [stem, g.stems[0]] as const)).sort((a, b) => b[0].length - a[0].length)
const ALIAS_TO = new Map(ALIAS_STEMS)
const ALIAS_STEM = new RegExp(wordAlternation(ALIAS_STEMS.map(([stem]) => stem)), 'g')

/**
 * `text` with each alias stem in its group's first form, longest stems first.
 * @example inAliasForm('四川省政府安委会') // '四川省人民政府安全生产委员会'
 */
export const inAliasForm = (text: string): string => text.replace(ALIAS_STEM, (w) => ALIAS_TO.get(w) ?? w)
