/**
 * The organ words a word segmenter must keep whole (alias stems, compound names, organ suffixes of
 * grammars/units). A module of its own, with only those lists, so a thread that holds jieba for
 * others (the batch's main thread, src/batch/segmenter-link.ts) does not load the role grammars.
 */
import aliasesJson from '../../../grammars/units/aliases.json'
import compoundsJson from '../../../grammars/units/compounds.json'
import suffixJson from '../../../grammars/units/suffixes.json'

/**
 * Organ words (alias stems, compound names, organ suffixes) the segmenter must keep whole.
 *
 * @example organWords().has('人民政府') // true
 */
export function organWords(): Set<string> {
  const words = new Set<string>()
  for (const group of aliasesJson.groups) for (const stem of group.stems) if (stem.length >= 2) words.add(stem)
  for (const name of compoundsJson.names) words.add(name)
  for (const suffix of suffixJson.organ) if (suffix.length >= 2) words.add(suffix)
  return words
}
