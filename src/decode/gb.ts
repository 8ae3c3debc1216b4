/**
 * Byte statistics that tell real GBK/GB18030 Chinese from bytes that merely happen to decode.
 *
 * GB2312 orders hanzi by frequency: level 1 (the 3,755 common ones) uses lead bytes B0–D7 with
 * trail A1–FE; A1–A9 holds punctuation and full-width forms. Real documents put nearly all of
 * their double-byte characters there. UTF-8 Chinese mis-read as GBK lands in level 2 and the
 * GBK extension (lead E4–E9, trail 80–BF), and random bytes spread everywhere — so the share of
 * common double-byte characters separates them without a word list.
 */
export interface GbStats {
  /** Double-byte characters in GB2312 level 1 or the punctuation rows. */
  common: number
  /** Other double-byte and all four-byte characters. */
  rare: number
}

export function gbStats(bytes: Uint8Array, limit = 256 * 1024): GbStats {
  let common = 0
  let rare = 0
  const n = Math.min(bytes.length, limit)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x80) continue
    const b2 = bytes[i + 1]
    if (b2 === undefined) break
    if (b2 >= 0x30 && b2 <= 0x39) {
      // four-byte sequence: code points outside GBK
      rare++
      i += 3
      continue
    }
    const trailHigh = b2 >= 0xa1 && b2 <= 0xfe
    if (trailHigh && ((b >= 0xb0 && b <= 0xd7) || (b >= 0xa1 && b <= 0xa9))) common++
    else rare++
    i++
  }
  return { common, rare }
}

/** Share of common characters among the double-byte ones (0 when there are none). */
export function gbCommonShare(s: GbStats): number {
  const t = s.common + s.rare
  return t ? s.common / t : 0
}
