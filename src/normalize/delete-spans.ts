import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'

/**
 * Deletes `spans` (in text order, disjoint) from the matching copy, with one `info` diagnostic `code` whose position runs
 * from the first span to the last; the view itself when there is none. The passes that drop a scraper's wrapping from
 * lines (HTML tags around a line, list bullets opening one) share it.
 *
 * @example deleteSpans(view('• a\n• b'), diags, [[0, 2], [4, 6]], 'bullets-removed', 'Removed 2 bullets').text // 'a\nb'
 */
export function deleteSpans(view: MappedText, diags: Diagnostics, spans: ReadonlyArray<readonly [number, number]>, code: string, message: string): MappedText {
  if (!spans.length) return view
  const ed = view.edit()
  for (const [start, end] of spans) ed.delete(start, end)
  diags.add(view, 'info', code, message, spans[0][0], spans[spans.length - 1][1])
  return ed.done()
}
