/** Something the formats step did that the document's diagnostics should say (a warning). */
export interface FormatNote {
  /** `format-fallback`: the markup was too deep or dense to parse safely and was read as text. */
  code: 'format-fallback'
  /** Offset in the source text. */
  offset: number
  message: string
}
