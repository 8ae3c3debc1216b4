import documentRules from '../../grammars/roles/document-rules.json' with { type: 'json' }

/** Words that make a sentence a body's composition (grammars/roles/document-rules.json `roster`). */
const ROSTER = documentRules.roster.verbs
const NOT_BEFORE = new Set(documentRules.roster.notBefore)
/** Words after a lead that make it the attribute of a mechanism (…牵头、有关部门参加的协调机制). */
const ATTRIBUTIVE = documentRules.roster.attributive
const SENTENCE_END = /[。；;\n]/

/**
 * Is the lead found at `index` part of a body's composition, a roster rather than a task
 * (`（1）综合协调组。由市政府办公厅牵头，公安局…等单位组成，负责…`, `联席会议由…等部门和单位组成，市财政局为牵头单位`)?
 * True when its sentence holds a roster verb: the body leads nothing the text hands out
 * (test/gold/README.md: a member roster, 教育部为牵头单位, is no assignment).
 *
 * @example inRoster('由市政府办公厅牵头，公安局、人防办等单位组成，负责传达指令。', 1) // → true
 */
export function inRoster(text: string, index: number): boolean {
  let start = index
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--
  let end = index
  while (end < text.length && !SENTENCE_END.test(text[end])) end++
  const sentence = text.slice(start, end)
  const after = text.slice(index, end)
  if (ATTRIBUTIVE.some((w) => after.includes(w))) return true
  return ROSTER.some((verb) => {
    for (let k = sentence.indexOf(verb); k !== -1; k = sentence.indexOf(verb, k + 1)) if (!NOT_BEFORE.has(sentence[k + verb.length])) return true
    return false
  })
}

const BARE_BODIES = new Set(documentRules.roster.bareBodies)
const SET_UP = documentRules.roster.setUp

/**
 * Is a role of units named only by a bare body word (`办公室负责…`) the duties of a body the clause sets
 * up before it (`领导小组下设办公室，…。办公室负责…`)? Then it is no assignment (test/gold/README.md).
 * `from` is where the clause's own text starts, `index` where the role was found.
 *
 * @example bodySetUp('领导小组下设办公室，负责日常工作。办公室负责起草办法。', 0, 17, ['办公室']) // → true
 */
export function bodySetUp(text: string, from: number, index: number, units: string[]): boolean {
  if (!units.length || !units.every((u) => BARE_BODIES.has(u))) return false
  const before = text.slice(from, index)
  return SET_UP.some((word) => before.includes(word))
}
