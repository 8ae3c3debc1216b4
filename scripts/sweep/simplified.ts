/**
 * A simplified copy of a traditional text with every offset kept, so the sweeps' cues and classes
 * (written in simplified) match it while positions still point into the parsed input.
 */
import * as OpenCC from 'opencc-js/t2cn'

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** A character whose conversion changes its length stays as it was. */
export function simplifiedCopy(text: string): string {
  const whole = toSimplified(text)
  if (whole.length === text.length) return whole
  return [...text]
    .map((ch) => {
      const s = ch.length === 1 ? toSimplified(ch) : ch
      return s.length === ch.length ? s : ch
    })
    .join('')
}
