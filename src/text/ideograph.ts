/**
 * The one "is a Chinese character" test every step uses: Unicode's Han script
 * (`\p{Script=Han}`: the CJK ideograph blocks, extension A, compatibility ideographs, 〇, 々 and the
 * radicals), read per UTF-16 code unit as the scanners read text.
 */
const HAN = /\p{Script=Han}/u

// The answer per BMP code unit, remembered the first time it is asked (0 not yet, 1 Han, 2 not):
// the test sits in per-character loops, and a text uses a few thousand distinct characters.
const KNOWN = new Uint8Array(0x10000)

/**
 * True when the UTF-16 code unit `code` is a Han character.
 * @example isIdeograph('政'.charCodeAt(0)) // true
 * @example isIdeograph('，'.charCodeAt(0)) // false
 */
export function isIdeograph(code: number): boolean {
  const known = KNOWN[code]
  if (known !== 0) return known === 1 // undefined (NaN past a string's end, or not a code unit): false
  const han = HAN.test(String.fromCharCode(code))
  KNOWN[code] = han ? 1 : 2
  return han
}

/** `isIdeograph` of a string's first code unit; false for an empty or missing string. */
export function isIdeographChar(c: string | undefined): boolean {
  return !!c && isIdeograph(c.charCodeAt(0))
}
