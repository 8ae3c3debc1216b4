import grammar from '../../grammars/closing.json' with { type: 'json' }
import type { ClauseNode, ParagraphNode } from '../tree/types.js'

const OPENERS = [...grammar.openers]

/**
 * Detaches the closing paragraph(s) of a document from its last item: flat text gives every
 * paragraph after `（二十三）加强队伍建设。…` to that item, but a paragraph that turns to the whole
 * document's addressees (`各地区、各部门要于2019年3月底前制定…实施方案`) and everything after it
 * is the document's own closing text. Only paragraphs after the item's first one are considered
 * (the item's own sentence stays), only at the very end of the clause tree, and only when the
 * last clause is an item under a section.
 *
 * @example
 * // roots = [六 → （二十三） [para '加强队伍建设。…', para '各地区、各部门要于…']]
 * detachClosing(roots) // → [para '各地区、各部门要于…']; （二十三） keeps its first paragraph
 */
export function detachClosing(roots: ClauseNode[]): ParagraphNode[] {
  const chain: ClauseNode[] = []
  for (let c = roots[roots.length - 1]; c; ) {
    chain.push(c)
    const last = c.children[c.children.length - 1]
    c = last?.type === 'clause' ? last : (undefined as unknown as ClauseNode)
  }
  // an item under a section: a top-level section's own paragraphs (五、有关要求 各省、自治区、直辖市
  // 人民政府…要…) are its content, even when they turn to all addressees
  if (chain.length < 2) return []
  const leaf = chain[chain.length - 1]
  const kids = leaf.children
  let k = kids.length
  for (let i = kids.length - 1; i >= 1 && kids[i].type === 'paragraph'; i--) {
    if (OPENERS.some((o) => (kids[i] as ParagraphNode).value.trimStart().startsWith(o))) k = i
  }
  if (k === kids.length) return []
  const closing = kids.splice(k) as ParagraphNode[]
  const end = kids[kids.length - 1].data.end
  // the item and every clause it ends now end where its kept text does
  for (const c of chain) if (c.data.end > end) c.data.end = end
  return closing
}
