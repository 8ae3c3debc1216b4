/** Phrases with no calendar date: 长期坚持 / 持续推进 (ongoing), 立即 (immediate), 近期 (near term). */
import { lexicon } from '../lexicon.js'
import type { Expr, TimeReader } from './types.js'

export function readPhrase(text: string, offset: number): Expr | undefined {
  const ongoing = lexicon.ongoing.len(text, offset)
  if (ongoing) return { rule: 'ongoing', kind: 'ongoing', start: offset, end: offset + ongoing }
  const immediate = lexicon.immediate.len(text, offset)
  if (immediate) return { rule: 'immediate', kind: 'immediate', start: offset, end: offset + immediate }
  const nearTerm = lexicon.nearTerm.len(text, offset)
  if (nearTerm && lexicon.nearTermFollowers.len(text, offset + nearTerm)) return { rule: 'near-term', kind: 'due', start: offset, end: offset + nearTerm, note: 'near-term' }
  return undefined
}

export const phrases = {
  name: 'phrases',
  rules: ['ongoing', 'immediate', 'near-term'] as const,
  startWords: [...lexicon.ongoing.words, ...lexicon.immediate.words, ...lexicon.nearTerm.words],
  // a phrase is exactly one of its words
  needs: [...lexicon.ongoing.words, ...lexicon.immediate.words, ...lexicon.nearTerm.words],
  open: (text) => (at) => readPhrase(text, at),
} satisfies TimeReader
