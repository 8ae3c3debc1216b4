/**
 * Label lines that close a section after its sub-items: `（一）开展…专项治理。` › `1.治理重点` ›
 * `2.治理措施` › `(1)…(4)`, then `牵头单位：X` / `责任单位：Y` (or `（责任单位：Y）`) on their own lines. Flat text gives them
 * to the last sub-item, `(4)`; they assign the section. Role labels are data (grammars/roles/labels.json).
 */
import labels from '../../grammars/roles/labels.json' with { type: 'json' }
import type { ClauseNode, ParagraphNode } from '../tree/types.js'

const LABELS = labels.labels.map((l) => l.label).sort((a, b) => b.length - a.length)

/**
 * Does `text` open with a role label and its colon (`牵头单位：…`)? A line that is the whole label in
 * brackets is one too (`（责任部门：市甲局、市乙局）` on its own line after a section's last sub-item, outside60 09).
 */
function isLabelLine(text: string): boolean {
  let t = text.trim()
  if (/^[（(]/.test(t) && /[）)]$/.test(t)) t = t.slice(1, -1).trimStart()
  return LABELS.some((l) => t.startsWith(l) && /^[：:]/.test(t.slice(l.length).trimStart()))
}

/** Does `text` hold a role label with its colon anywhere (`…（责任单位：X）`, `责任单位：X`)? */
function holdsLabel(text: string): boolean {
  return LABELS.some((l) => {
    for (let at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) if (/^\s*[：:]/.test(text.slice(at + l.length))) return true
    return false
  })
}

/** Does any clause or paragraph under `node` (the node itself included) print a role label, leaving out `skip`? */
function labelledUnder(node: ClauseNode | ParagraphNode, text: string, skip: Set<ParagraphNode>): boolean {
  if (node.type === 'paragraph') return !skip.has(node) && holdsLabel(node.value)
  // the clause's own line (marker to its first child) is not a paragraph child
  const first = node.children[0]
  if (holdsLabel(text.slice(node.data.textStart, first ? first.data.start : node.data.end))) return true
  return node.children.some((c) => labelledUnder(c, text, skip))
}

/**
 * Moves label lines that close a section from its last sub-item to the section. From the leaf whose
 * last paragraphs are label lines, the block climbs to the parent while the leaf-side clause is the
 * parent's last item, the parent has two items or more, and nothing else under the parent prints a
 * role label (when the sub-items carry their own labels, the last one's are its own). The clauses
 * climbed over end where their kept text does. `text` is the normalized view the offsets index.
 *
 * @example
 * // （一） › [1.治理重点, 2.治理措施 › [(1), (2) › [para '…', para '牵头单位：县工商局']]]
 * liftSectionLabels(roots, text) // the 牵头单位 paragraph is now （一）'s last child; (2) and 2. end before it
 */
export function liftSectionLabels(roots: ClauseNode[], text: string): void {
  const visit = (c: ClauseNode, chain: ClauseNode[]) => {
    const items = c.children.filter((k): k is ClauseNode => k.type === 'clause')
    if (items.length) {
      for (const item of items) visit(item, [...chain, c])
      return
    }
    // a leaf: its closing label lines, after at least one paragraph of its own text
    const kids = c.children
    let k = kids.length
    while (k > 1 && kids[k - 1].type === 'paragraph' && isLabelLine((kids[k - 1] as ParagraphNode).value)) k--
    if (k === kids.length || c.style === 'table-row') return
    const block = new Set(kids.slice(k) as ParagraphNode[])
    let target = c
    let at = chain.length
    for (let i = chain.length - 1; i >= 0; i--) {
      const parent = chain[i]
      if (parent.children[parent.children.length - 1] !== target) break
      if (parent.children.filter((x) => x.type === 'clause').length < 2 || labelledUnder(parent, text, block)) break
      target = parent
      at = i
    }
    if (target === c) return
    kids.splice(k)
    const end = kids[kids.length - 1].data.end
    // the leaf and every clause climbed over end where their kept text does
    for (const x of [c, ...chain.slice(at + 1)]) if (x.data.end > end) x.data.end = end
    target.children.push(...block)
  }
  for (const root of roots) visit(root, [])
}
