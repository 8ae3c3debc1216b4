import labels from '../../grammars/roles/labels.json' with { type: 'json' }
import type { ClauseNode, ParagraphNode } from '../tree/types.js'

const LABELS = labels.labels.map((l) => l.label).sort((a, b) => b.length - a.length)
const SP = '[ \\t\\u3000]*'
/** A line that is only a labelled role parenthesis (`（责任单位：市直各有关单位、各县(市、区)人民政府）`). */
const ROLE_LINE = new RegExp(`^${SP}[（(]${SP}(?:${LABELS.join('|')})${SP}[：:][^\\n]*[）)][。；]?${SP}$`)
/** A labelled role parenthesis anywhere in a text. */
const ROLE_PAREN = new RegExp(`[（(]${SP}(?:${LABELS.join('|')})${SP}[：:]`)
/** Sub-item styles (grammars/numbering.json ids) a role line can close: `（1）` (and ⑴, rewritten to it), `①`. */
const SUB_ITEMS = new Set(['arabic-paren', 'circled'])

/**
 * Gives the role line that closes a list of sub-items back to the item the list stands under:
 * `1.完善应急预案体系` › `（1）…` … `（4）…` › `（责任单位：X、Y）` on its own line names the units of
 * item 1, not of (4) — when no sub-item names units of its own. Flat text puts the line in the last
 * sub-item; here it becomes the item's own text after its sub-items.
 *
 * @example
 * // 1 → [（1） '加强…。', （2） '推进…。\n（责任单位：市应急局）'] → 1 → [（1）, （2） '推进…。', para '（责任单位：市应急局）']
 */
export function liftListRoleLines(nodes: ClauseNode[], text: string): void {
  for (const node of nodes) {
    const items = node.children.filter((c): c is ClauseNode => c.type === 'clause')
    liftListRoleLines(items, text)
    const last = node.children[node.children.length - 1]
    if (items.length < 2 || last?.type !== 'clause' || !SUB_ITEMS.has(last.style) || last.children.some((c) => c.type === 'clause')) continue
    let end = last.data.end
    while (end > last.data.start && /\s/.test(text[end - 1])) end--
    const lineStart = text.lastIndexOf('\n', end - 1) + 1
    if (lineStart <= last.data.textStart) continue
    const line = text.slice(lineStart, end)
    if (!ROLE_LINE.test(line)) continue
    // (a list whose sub-items name their own units keeps each line where it stands)
    if (items.some((item) => ROLE_PAREN.test(text.slice(item.data.start, item === last ? lineStart : item.data.end)))) continue
    let keep = lineStart
    while (keep > last.data.start && /\s/.test(text[keep - 1])) keep--
    last.data.end = keep
    last.children = last.children.filter((c) => c.data.start < lineStart)
    const start = lineStart + (line.length - line.trimStart().length)
    const paragraph: ParagraphNode = { type: 'paragraph', value: line.trim(), data: { start, end } }
    node.children.push(paragraph)
  }
}
