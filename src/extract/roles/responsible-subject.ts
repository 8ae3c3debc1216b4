/**
 * A body named the responsible subject of a field of work (grammars/roles/verbs.json `responsibleSubject`):
 * 各级人民政府是推进秸秆露天禁烧和综合利用工作的责任主体 → 各级人民政府 responsible (audit of roles round 3, R9).
 * Only public bodies: the same sentence names enterprises and owners (生产经营单位是本单位安全生产的责任主体),
 * regulated parties the gold gives no role; and only opening a clause's text (see opensText).
 */
import { grammar } from './grammar.js'
import type { Ctx } from './context.js'
import { indexWithin, opensRegionOrSentence } from './clause-edges.js'
import type { RoleMatch } from './types.js'
import { strictUnits } from './unit-lists.js'
import { spaceAt } from './text.js'

/**
 * Does `sentenceStart` open the clause's text (第四条　X是…, the text read without its marker)? Laws name their bodies so as
 * an article's allocation; a plan's `城市人民政府是智慧城市建设的责任主体，要…` runs on inside an item, an
 * exhortation the plan gold leaves unannotated (tuned govcn_7, blind 23).
 */
function opensText(text: string, sentenceStart: number): boolean {
  for (let k = 0; k < sentenceStart; k++) if (!spaceAt(text, k)) return false
  return true
}

/** The units opening the clause [start, end) before `是…责任主体` closing it, when each is a public body; pushed as a role. */
export function readResponsibleSubject(ctx: Ctx, start: number, end: number, regionStart: number): RoleMatch | undefined {
  const { t: text, br: brackets } = ctx
  const frame = grammar.responsibleSubject
  const label = frame.labels.matchEndingAt(text, end, start)
  if (!label || !opensRegionOrSentence(text, start, regionStart) || !opensText(text, start)) return undefined
  const copula = indexWithin(text, frame.copula, start + 2, Math.min(end - label.length, start + grammar.maxUnitLength + 1))
  if (copula < 0) return undefined
  const units = strictUnits(text, brackets, start, copula)
  // (乡镇人民政府（街道办事处）: the head stands before a bracketed note)
  const nameEnd = (end: number) => {
    const opener = brackets.partnerOf(end - 1)
    return opener >= 0 && opener < end - 1 ? opener : end
  }
  if (!units?.every((unit) => frame.publicHeads.some((head) => text.endsWith(head, nameEnd(unit.end))))) return undefined
  const role: RoleMatch = { role: 'responsible', label, units, index: start, end, labelSpan: { index: end - label.length, end }, form: 'prose' }
  ctx.roles.push(role)
  return role
}
