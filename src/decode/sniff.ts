/**
 * Cheap byte-level looks at a buffer before any decoding: byte-order marks, the magic numbers
 * of common non-text formats an archive folder holds, and control-byte statistics.
 */

export type Bom = { encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be'; length: number }

export function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** Leading bytes of file formats that are certainly not plain text. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP/Office Open XML', [0x50, 0x4b, 0x03, 0x04]],
  ['OLE2 (legacy .doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
]

/** Name of a known binary format whose signature starts the buffer, or null. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name
  }
  return null
}

export interface ControlStats {
  /** Offset of the first NUL byte, or -1. */
  firstNul: number
  /** Bytes in 0x00–0x08, 0x0E–0x1F, 0x7F (not tab, LF, VT, FF, CR, ESC is counted). */
  controls: number
  /** Offset of the first such byte, or -1. */
  firstControl: number
  scanned: number
}

/** Counts control bytes in the first `limit` bytes (enough to judge; keeps huge files cheap). */
export function controlStats(bytes: Uint8Array, limit = 64 * 1024): ControlStats {
  const n = Math.min(bytes.length, limit)
  let firstNul = -1
  let controls = 0
  let firstControl = -1
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x20 || b === 0x7f) {
      if (b === 0 && firstNul < 0) firstNul = i
      // tab, LF, VT, FF, CR are ordinary in text files
      if (b === 9 || b === 10 || b === 11 || b === 12 || b === 13) continue
      controls++
      if (firstControl < 0) firstControl = i
    }
  }
  return { firstNul, controls, firstControl, scanned: n }
}
