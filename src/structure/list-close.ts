import grammar from '../../grammars/list-close.json' with { type: 'json' }
import labels from '../../grammars/roles/labels.json' with { type: 'json' }
import type { ClauseNode } from '../tree/types.js'

const STYLES = new Set(grammar.styles)
const LEAD_IN = new Set([...grammar.leadIn])
const CLOSES = new Set([...grammar.closes])
const HEADING_STOPS = new RegExp(`[${grammar.headingStops}]`)
const OPENERS = [...grammar.clauseOpeners]
const LABELS = labels.labels.map((l) => l.label)

/** Does `line` open with a role label, bare or in its parenthesis (`责任单位：…`, `（牵头单位：…）`)? Such lines keep their own rules (section-labels.ts, list-role-lines.ts). */
function isLabelLine(line: string): boolean {
  const t = line.replace(/^[（(]\s*/, '')
  return LABELS.some((l) => t.startsWith(l) && /^\s*[：:]/.test(t.slice(l.length)))
}

/** Is the item a plan's heading (`加强监管。`): its first line short, with no clause punctuation inside? */
export function headingShaped(item: ClauseNode, text: string): boolean {
  const eol = text.indexOf('\n', item.data.textStart)
  const own = text.slice(item.data.textStart, eol < 0 ? text.length : eol).trim()
  return own.length <= grammar.headingMax && !HEADING_STOPS.test(own)
}

/**
 * Does the unnumbered paragraph `line`, printed after `item` (the open item of a list under
 * `parent`), end the list, so that it is `parent`'s text again? Flat text gives it to the item;
 * an enumeration (`第三十三条 有下列情形之一的…：（一）…；（二）…；（三）…。` then `前款规定的…`, or
 * `主要做好以下工作：1.…；2.…；3.…。` then `各单位要…`) ends at its last item's sentence, while a
 * plan's heading-shaped item (`（三）加强监管。`) holds the paragraphs under it. `bodied` holds the
 * items that already got a paragraph of their own; `lastChar` is the last character of the line
 * before (the paragraph starts a new sentence: the caller checked that). `refers`: the paragraph
 * opens with a word that refers to an earlier 款 (前款, 前項), so it is its article's, above every
 * list it stands in; `closes`: the list's shape ends it. Vocabulary: grammars/list-close.json.
 *
 * @example
 * // parent 第三十三条 '…责令改正：' › （一）'…；' （二）'…；' （三）'…。', line '前款规定的…' → 'refers'
 * // parent （二）'…做好以下工作：' › 1.'…；' 2.'…。', line '各单位要…' → 'closes'
 * // parent 二、'主要任务' › （一）'加强监管。', line '各区要…' → false (no lead-in, one item)
 */
export function endsList(item: ClauseNode, parent: ClauseNode, line: string, lastChar: string, text: string, bodied: Set<ClauseNode>): false | 'refers' | 'closes' {
  if (!isListStyle(item.style) || bodied.has(item) || isLabelLine(line)) return false
  // a 款 that refers to the one before (前款规定的…, 前項申請…) is the article's, whatever the list's shape
  if (OPENERS.some((o) => line.startsWith(o))) return 'refers'
  if (!CLOSES.has(lastChar)) return false
  const items = parent.children.filter((c): c is ClauseNode => c.type === 'clause' && c.style === item.style)
  if (items.length < 2 || items.some((c) => bodied.has(c))) return false
  const leadIn = text.slice(parent.data.textStart, items[0].data.start).trimEnd()
  if (!LEAD_IN.has(leadIn.slice(-1))) return false
  return items.every((c) => headingShaped(c, text)) ? false : 'closes'
}

/** Do lists of this numbering style close after their last item (grammars/list-close.json `styles`)? */
export function isListStyle(style: string): boolean {
  return STYLES.has(style)
}
