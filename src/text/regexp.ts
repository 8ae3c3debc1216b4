/**
 * A word as a literal inside a RegExp source (grammar words built into patterns).
 *
 * @example new RegExp(`(?:${['1.', '(一)'].map(escapeRegExp).join('|')})`) // matches `1.` or `(一)` literally
 */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
