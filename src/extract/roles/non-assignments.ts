/** Role labels that assign nothing, each with why (a document rule, an empty list, no colon …). */
import { grammar } from './grammar.js'
import type { RulePhrase } from './rules.js'
import { spaceAt } from './text.js'
import type { NonAssignment } from './types.js'
import type { Ctx } from './context.js'

/** Every role-label occurrence outside all roles, with why it is not an assignment. */
export function findNonAssignments(ctx: Ctx, rulePhrases: RulePhrase[]): NonAssignment[] {
  const { t } = ctx
  const spans = ctx.roles.map((r) => [r.index, r.end] as const).sort((a, b) => a[0] - b[0])
  const out: NonAssignment[] = []
  let si = 0
  let maxEnd = -1
  let ri = 0
  for (const { index: k, word: label } of grammar.labels.occurrences(t, 0, t.length)) {
    const end = k + label.length
    while (si < spans.length && spans[si][0] <= k) maxEnd = Math.max(maxEnd, spans[si++][1])
    const covered = maxEnd >= end
    if (!covered) {
      let reason: NonAssignment['reason']
      while (ri < rulePhrases.length && rulePhrases[ri].end < end) ri++
      if (ri < rulePhrases.length && rulePhrases[ri].index <= k && end <= rulePhrases[ri].end) reason = 'document-rule'
      else if (ctx.emptyLabels.has(k)) reason = 'empty-list'
      else {
        let j = end
        while (j < t.length && spaceAt(t, j)) j++
        reason = t[j] === '：' ? 'not-a-unit-list' : 'no-colon'
      }
      out.push({ label, index: k, end, reason })
    }
  }
  return out
}
