import type { Position } from '../schema/position.js'
import type { MappedText } from '../text/mapped.js'
import type { ParagraphNode, ViewSpan } from './types.js'

/**
 * A paragraph of the tree whose `position` (line and column in the original input) is worked out
 * when it is first read, from the view span it was built with, and kept: the same value as
 * `view.position(start, end)` at build time. The emitted JSON reads no paragraph's position, and
 * the parser's one-paragraph-per-line children are replaced by the structure step's, so most
 * positions were built for nobody (44,755 of 68,118 per pass over the corpus). A plugin that reads
 * or sets `position` sees an ordinary property; only it is on the prototype, not an own key.
 */
export class ViewParagraph implements ParagraphNode {
  // (own keys in the order of a literal paragraph: type, value, data)
  readonly type: 'paragraph'
  value: string
  data: ViewSpan
  #view: MappedText | null
  #start: number
  #end: number
  #position: Position | undefined = undefined

  constructor(value: string, data: ViewSpan, view: MappedText) {
    this.type = 'paragraph'
    this.value = value
    this.data = data
    this.#view = view
    this.#start = data.start
    this.#end = data.end
  }

  get position(): Position | undefined {
    if (this.#view !== null) {
      this.#position = this.#view.position(this.#start, this.#end)
      this.#view = null
    }
    return this.#position
  }

  set position(position: Position | undefined) {
    this.#view = null
    this.#position = position
  }
}
