import type { MappedText } from '../text/mapped.js'
import type { ClauseNode } from '../tree/types.js'
import type { Role } from '../schema/task.js'
import type { Jurisdiction } from './roles/index.js'
import documentRules from '../../grammars/roles/document-rules.json' with { type: 'json' }
import roleLabels from '../../grammars/roles/labels.json' with { type: 'json' }
import { Brackets, foldPunctuation, splitUnitList } from './roles/index.js'
import { allUnits } from './roles/units.js'
import { unitsAsLabelled } from './labelled-role.js'
import { firstLine } from './first-line.js'

/**
 * Lists that hand each item to a unit by where the unit stands, not by a role word
 * (grammars/roles/document-rules.json `dutyItems`): emergency plans, joint-meeting rules and
 * 作业要点 print who does what as
 * - items opening with the unit under a duty-list heading (`2.1.2 成员单位职责` › `(5)市科技局：制订…`),
 * - items closing with the unit after a colon, every item of the list alike (`（一）水灾、旱灾：水利资源处。`),
 * - a clause headed by the unit's duties (`第八条 区公安分局工作职责：` over its (一)(二)…).
 * The unit is responsible. Read only where the scanner found no role in the item.
 */
const RULE = documentRules.dutyItems
/** Role labels naming units (not 牵头领导), longest first: a duty list's head may name its items' role by one (本计画主办机关及其任务如下：). */
const UNIT_LABELS = roleLabels.labels
  .filter((l) => !('persons' in l && l.persons))
  .map((l) => l.label)
  .sort((a, b) => b.length - a.length)

export interface DutyItemRole {
  role: Role
  /** the role names a clause by its duties (a heading form): it stays with that clause, not handed to the items */
  held: boolean
}

/** Where a unit list stands in a clause's text: [start, end) in the view. */
type Span = [number, number]

/** Is [s, e) of the text a list of units only (`市公安局`, `县纪委（监察局）、县财政局`)? `organs`: no collective among them. */
function unitsOnly(text: string, start: number, end: number, organs = false): boolean {
  if (end <= start || end - start > RULE.maxUnits) return false
  const folded = foldPunctuation(text.slice(start, end))
  const pieces = splitUnitList(folded, 0, folded.length, new Brackets(folded, 0, folded.length))
  return allUnits(pieces) && (!organs || pieces.every((p) => p.kind === 'organ'))
}

/** The unit list opening a line, before its colon (`市科技局：制订…`), or null. (Not before a full stop: `（五）建设示范性学校。` names no unit.) */
function openingUnits(text: string, [start, end]: Span): Span | null {
  const head = /^[^：:。，,；;\n]{2,}?(?=[：:])/.exec(text.slice(start, Math.min(end, start + RULE.maxUnits + 1)))
  return head && unitsOnly(text, start, start + head[0].length) ? [start, start + head[0].length] : null
}

/**
 * The unit list that is an item's whole first sentence (`首都综治办、市委督查室、市监察局。负责…`), or null:
 * not a body the plan sets up (`领导小组。由…组成`), and text must follow it.
 */
function unitSentence(text: string, [start, end]: Span): Span | null {
  const head = /^[^：:。，,；;\n]{2,}?(?=。)/.exec(text.slice(start, Math.min(end, start + RULE.maxUnits + 1)))
  if (!head || start + head[0].length + 1 >= end) return null
  const stop = start + head[0].length
  if (RULE.setUpBodies.some((b) => text.endsWith(b, stop))) return null
  return unitsOnly(text, start, stop) ? [start, stop] : null
}

/** How many units the list at `span` names. */
function unitCount(text: string, [start, end]: Span): number {
  const folded = foldPunctuation(text.slice(start, end))
  return splitUnitList(folded, 0, folded.length, new Brackets(folded, 0, folded.length)).length
}

/**
 * Whether every item of `style` in a sibling list (two at least) opens with its units alone and one
 * names several. Read once per list and style, not once per item: a list of n items would cost n².
 */
function unitHeadedList(view: MappedText, siblings: ClauseNode[], style: ClauseNode['style']): boolean {
  let byStyle = unitHeadedLists.get(siblings)
  if (!byStyle) unitHeadedLists.set(siblings, (byStyle = new Map()))
  let known = byStyle.get(style)
  if (known === undefined) {
    const list = siblings.filter((item) => item.style === style)
    let several = false
    known = list.length >= 2
    for (const item of list) {
      const head = unitSentence(view.text, firstLine(view, item))
      if (!head) {
        known = false
        break
      }
      several ||= unitCount(view.text, head) >= 2
    }
    known &&= several
    byStyle.set(style, known)
  }
  return known
}
const unitHeadedLists = new WeakMap<ClauseNode[], Map<ClauseNode['style'], boolean>>()

/** The unit list closing an item after its last colon (`…海難：農業處。`), or null. */
function closingUnits(text: string, [from, until]: Span): Span | null {
  let end = until
  while (end > from && /[。.；;\s]/.test(text[end - 1])) end--
  const colon = Math.max(text.lastIndexOf('：', end - 1), text.lastIndexOf(':', end - 1))
  if (colon <= from) return null
  let start = colon + 1
  while (start < end && /\s/.test(text[start])) start++
  return unitsOnly(text, start, end) ? [start, end] : null
}

/**
 * The unit list a heading line names the duties of (`区公安分局工作职责：`), or null. Organs only: a
 * collective (`成员单位职责`, `各有关部门职责`) heads a list of the units' duties, it is not one of them;
 * nor a body the plan sets up (`国家粮食应急工作指挥部职责`: duties described where it is set up).
 */
function headingUnits(text: string, [start, lineEnd]: Span): Span | null {
  let end = lineEnd
  if (/[：:]/.test(text[end - 1])) end--
  const noun = RULE.headingNouns.find((n) => text.endsWith(n, end))
  // (`…办公室及其职责`: a body described with its duties where it is set up)
  if (!noun || RULE.describedWith.some((w) => text.endsWith(w, end - noun.length)) || RULE.setUpBodies.some((b) => text.endsWith(b, end - noun.length))) return null
  // (`一、落实政府职责`: an action on duties, not a unit's)
  if (RULE.actionOpeners.some((w) => text.startsWith(w, start))) return null
  return unitsOnly(text, start, end - noun.length, true) ? [start, end - noun.length] : null
}

/**
 * Does the first line of a clause name a duty list (`成员单位职责`, `其權責分工如下：`)? Not one that
 * sets up the bodies its items name (`本院得設下列常設性任務編組，其…主管權責…`).
 */
function namesDutyList(view: MappedText, clause: ClauseNode): boolean {
  const [start, end] = firstLine(view, clause)
  const line = view.text.slice(start, end)
  return (RULE.listNouns.some((noun) => line.includes(noun)) || headLabel(view, clause) !== null) && !RULE.setUpHeads.some((word) => line.includes(word))
}

/**
 * The role label a list's head names its items' units by (`二、本计画主办机关及其任务如下：`,
 * `（一）本中心开设机关或单位：`), or null: a label of grammars/roles/labels.json ending the first line,
 * before only the words of grammars/roles/document-rules.json `labelHead` and the colon.
 */
function headLabel(view: MappedText, clause: ClauseNode): string | null {
  const [start, end] = firstLine(view, clause)
  if (!/[：:]/.test(view.text[end - 1] ?? '')) return null
  let labelEnd = end - 1
  if (view.text.endsWith(HEAD.close, labelEnd)) labelEnd -= HEAD.close.length
  const object = HEAD.objects.find((w) => view.text.endsWith(w, labelEnd))
  if (object) labelEnd -= object.length
  const alternative = HEAD.alternatives.find((w) => view.text.endsWith(w, labelEnd))
  if (alternative) labelEnd -= alternative.length
  return UNIT_LABELS.find((label) => labelEnd - label.length >= start && view.text.endsWith(label, labelEnd)) ?? null
}
const HEAD = documentRules.labelHead

/** The role of the units at `span`, read by the labelled-list reader as `label：…` (`责任单位：…` unless the list's head names a label). */
function roleAt(view: MappedText, jurisdiction: Jurisdiction, [start, end]: Span, listLabel: string | null = null): Role | null {
  const label = listLabel ?? RULE.as
  const kind = roleLabels.labels.find((l) => l.label === label)?.role ?? 'responsible'
  const found = unitsAsLabelled(view, jurisdiction, label, start, end).find((r) => r.role === kind)
  if (!found) return null
  return {
    role: found.role,
    label: '',
    units: found.units,
    scope: undefined,
    position: view.position(start, end),
    inherited: undefined,
  }
}

/**
 * The role a clause's place in a duty list gives it (see the module comment), or null.
 * `parent` is the clause holding it (null at the top), `siblings` the items of that parent.
 *
 * @example
 * // 2.1.2 成员单位职责 / (5)市科技局：制订应急处理技术研究规划…
 * dutyItemRole(view, jurisdiction, item5, heading, items) // → { role: responsible 市科技局, held: false }
 */
export function dutyItemRole(view: MappedText, jurisdiction: Jurisdiction, clause: ClauseNode, parent: ClauseNode | null, siblings: ClauseNode[]): DutyItemRole | null {
  const text = view.text
  const line = firstLine(view, clause)
  const items = clause.children.some((c) => c.type === 'clause')
  const label = parent ? headLabel(view, parent) : null
  if (items) {
    // (a unit alone on the item's line, under a head naming the label: 主办机关及其任务如下： › （一）本部： › 1.…)
    const named = label ? openingUnits(text, line) : null
    if (named && named[1] + 1 === line[1]) {
      const role = roleAt(view, jurisdiction, named, label)
      return role ? { role, held: true } : null
    }
    const head = headingUnits(text, line)
    const role = head && roleAt(view, jurisdiction, head)
    return role ? { role, held: true } : null
  }
  // every item of the list (two at least) opens with its units alone, closed by a full stop, and one names several:
  // who does what, under any head or none (a page that starts inside the list: （十六）各区县政府和地区管委会。落实属地责任…);
  // items that each open with one name are headings of works (1.加快建设国家重点实验室。…)
  if (unitHeadedList(view, siblings, clause.style)) {
    const head = unitSentence(text, line)
    const role = head && roleAt(view, jurisdiction, head, label)
    if (role) return { role, held: false }
  }
  if (!parent || !namesDutyList(view, parent)) return null
  // (units on both sides of the colon, `执行机关：直辖市、县（市）政府。`, name who holds a role term: the closing form's)
  const open = closingUnits(text, [line[0], clause.data.textEnd]) ? null : openingUnits(text, line)
  const role = open && roleAt(view, jurisdiction, open, label)
  if (role) return { role, held: false }
  // every item of the list closes with its unit (two at least): a mapping of matters to units
  if (siblings.length >= 2 && siblings.every((item) => closingUnits(text, [firstLine(view, item)[0], item.data.textEnd]))) {
    const close = closingUnits(text, [line[0], clause.data.textEnd])
    const role = close && roleAt(view, jurisdiction, close, label)
    if (role) return { role, held: false }
  }
  return null
}
