/** Something the formats step did that the document's diagnostics should say. */
export interface FormatNote {
  /**
   * `format-fallback` (warning): the markup was too deep or dense to parse safely and was read as text.
   * `html-head-text` (info): the page's body prints no document, so its head's title and description were read.
   */
  code: 'format-fallback' | 'html-head-text'
  /** Offset in the source text. */
  offset: number
  message: string
}
