import type { Position } from '../schema/position.js'
import type { SourceText } from './source.js'

/**
 * A derived copy of the input (normalized for matching) that remembers, for every code unit,
 * the offset in the original input it came from. Steps match on `text` and report positions
 * through `position()`, which are always in the original input.
 *
 * `origin` has `text.length + 1` entries; the last is the original offset just past the end.
 */
/** The identity map's shared table (0, 1, 2 …), grown to the longest input up to IOTA_MAX (4 MB). */
let IOTA = new Int32Array(0)
const IOTA_MAX = 1 << 20

export class MappedText {
  constructor(
    readonly text: string,
    readonly origin: Int32Array,
    readonly source: SourceText,
  ) {}

  static identity(source: SourceText): MappedText {
    const n = source.text.length
    if (n + 1 > IOTA_MAX) {
      const origin = new Int32Array(n + 1)
      for (let i = 0; i <= n; i++) origin[i] = i
      return new MappedText(source.text, origin, source)
    }
    // a view on the shared 0, 1, 2 … table, not a copy per document: no map is ever written after it
    // is built (TextEditor writes only the one it allocates), so every document may read the same table
    if (IOTA.length < n + 1) {
      IOTA = new Int32Array(Math.min(IOTA_MAX, Math.max(n + 1, IOTA.length * 2)))
      for (let i = 0; i < IOTA.length; i++) IOTA[i] = i
    }
    return new MappedText(source.text, IOTA.subarray(0, n + 1), source)
  }

  /** Original offset of view offset `i` (a start boundary). */
  originalStart(i: number): number {
    return this.origin[Math.max(0, Math.min(i, this.text.length))]
  }

  /** Original offset just past view range ending at `end` (exclusive). */
  originalEnd(start: number, end: number): number {
    if (end <= start) return this.originalStart(start)
    return this.origin[Math.min(end, this.text.length) - 1] + 1
  }

  /** Position in the original input of the view range [start, end). */
  position(start: number, end: number): Position {
    const s = this.originalStart(start)
    return this.source.position(s, Math.max(s, this.originalEnd(start, end)))
  }

  /** The original input's text behind a view range. */
  originalSlice(start: number, end: number): string {
    return this.source.text.slice(this.originalStart(start), this.originalEnd(start, end))
  }

  edit(): TextEditor {
    return new TextEditor(this)
  }
}

const EMPTY = new Int32Array(0)

/**
 * Builds the next MappedText from a previous one by copying, replacing and deleting ranges of
 * it, in order. Replaced text maps every new code unit to the start of what it replaced, except
 * when lengths agree (then unit i maps to unit i).
 *
 * A pass whose every replacement keeps its length (full-width → half-width, a digit repaired) maps
 * unit i to the previous map's unit i throughout: it hands on the previous map itself and builds
 * none. The map is built (and the part copied so far filled in) at the first edit that changes the
 * length.
 */
export class TextEditor {
  private parts: string[] = []
  // allocated at the first edit that changes the length: until then the new map is the previous one
  private origin = EMPTY
  private length = 0
  private cursor = 0

  constructor(private readonly prev: MappedText) {}

  private reserve(extra: number): void {
    if (this.origin === EMPTY) {
      this.origin = new Int32Array(Math.max(this.prev.text.length, this.length + extra) + 16)
      // everything before was kept or replaced at its own length: unit i came from the previous unit i
      this.origin.set(this.prev.origin.subarray(0, this.length))
    }
    if (this.length + extra <= this.origin.length) return
    const next = new Int32Array(Math.max(this.origin.length * 2, this.length + extra + 16))
    next.set(this.origin.subarray(0, this.length))
    this.origin = next
  }

  /** Copy the previous text up to `to`. */
  keepTo(to: number): this {
    if (to > this.cursor) {
      this.parts.push(this.prev.text.slice(this.cursor, to))
      if (this.origin !== EMPTY) {
        this.reserve(to - this.cursor)
        this.origin.set(this.prev.origin.subarray(this.cursor, to), this.length)
      }
      this.length += to - this.cursor
      this.cursor = to
    }
    return this
  }

  /** Replace previous [from, to) with `value` (copying anything before `from` first). */
  replace(from: number, to: number, value: string): this {
    this.keepTo(from)
    if (value.length) this.parts.push(value)
    const len = to - from
    // (the same length at the same place while no map is built: the previous map still holds)
    if (this.origin === EMPTY && len === value.length && from === this.length) {
      this.length += len
      this.cursor = Math.max(this.cursor, to)
      return this
    }
    const prevOrigin = this.prev.origin
    this.reserve(value.length)
    for (let i = 0; i < value.length; i++) {
      this.origin[this.length++] = len === value.length ? prevOrigin[from + i] : len > 0 ? prevOrigin[Math.min(from + i, to - 1)] : prevOrigin[from]
    }
    this.cursor = Math.max(this.cursor, to)
    return this
  }

  delete(from: number, to: number): this {
    return this.replace(from, to, '')
  }

  done(): MappedText {
    this.keepTo(this.prev.text.length)
    const text = this.parts.join('')
    // no edit changed the length: the previous map is this text's map, unit for unit and at the end
    if (this.origin === EMPTY && text.length === this.prev.text.length) return new MappedText(text, this.prev.origin, this.prev.source)
    // the map built so far is the new one: a view on it, not a zero-filled copy (one per editing pass,
    // as long as the text), unless the text shrank so much that the view would hold a large unused tail
    this.reserve(1)
    this.origin[text.length] = this.prev.origin[this.prev.text.length]
    const origin = this.origin.length - text.length > (text.length >> 2) + 64 ? this.origin.slice(0, text.length + 1) : this.origin.subarray(0, text.length + 1)
    return new MappedText(text, origin, this.prev.source)
  }
}

/** A function that turns a view range into a position in the original input. */
export type Locate = (start: number, end: number) => Position
