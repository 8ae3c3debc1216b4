/**
 * A word as a literal inside a RegExp source (grammar words built into patterns).
 *
 * @example new RegExp(`(?:${['1.', '(一)'].map(escapeRegExp).join('|')})`) // matches `1.` or `(一)` literally
 */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Words as one RegExp alternation, longest first (so that a longer word wins over its own prefix) and
 * each taken literally.
 *
 * @example new RegExp(`^(?:${wordAlternation(['印发', '印发了'])})`).exec('印发了…')?.[0] // '印发了'
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
}
