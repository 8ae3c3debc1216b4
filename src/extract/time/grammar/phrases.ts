/** Phrases with no calendar date: 长期坚持 / 持续推进 (ongoing), 立即 (immediate), 近期 (near term). */
import { lexicon } from '../lexicon.js'
import type { Expr, TimeReader } from './types.js'

export function readPhrase(text: string, at: number): Expr | undefined {
  const ongoing = lexicon.ongoing.len(text, at)
  if (ongoing) return { rule: 'ongoing', kind: 'ongoing', start: at, end: at + ongoing }
  const immediate = lexicon.immediate.len(text, at)
  if (immediate) return { rule: 'immediate', kind: 'immediate', start: at, end: at + immediate }
  const nearTerm = lexicon.nearTerm.len(text, at)
  if (nearTerm && lexicon.nearTermFollowers.len(text, at + nearTerm)) return { rule: 'near-term', kind: 'due', start: at, end: at + nearTerm, note: 'near-term' }
  return undefined
}

export const phrases = {
  name: 'phrases',
  rules: ['ongoing', 'immediate', 'near-term'] as const,
  startWords: [...lexicon.ongoing.words, ...lexicon.immediate.words, ...lexicon.nearTerm.words],
  open: (text) => (at) => readPhrase(text, at),
} satisfies TimeReader
