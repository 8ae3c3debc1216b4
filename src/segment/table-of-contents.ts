/**
 * A 目录 (table of contents) and dot-leadered contents entries, skipped so no heading is read twice.
 */
import type { Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { wholeLineExec } from '../text/regex-ends.js'

/**
 * A 目录 (table of contents) repeats the headings that follow; left in, every heading would be
 * read twice. It runs from the `目录` line to the line where its first entry appears again.
 */
export function skipTableOfContents(body: Line[], view: MappedText, diags: Diagnostics): Line[] {
  const entry = (t: string) => t.replace(TOC_LEADER, '')
  // (a leader line ends in its page number: the engine, which tries the leader at every position, runs only then)
  const isLeadered = (l: Line) => leaderAtEnd(l.text) !== null
  const at = body.findIndex((l) => l.text === '目录')
  let out = body
  if (at >= 0 && at + 1 < body.length) {
    const first = entry(body[at + 1].text)
    const again = body.findIndex((l, k) => k > at + 1 && l.text === first)
    if (again > 0) {
      diags.add(view, 'info', 'toc-skipped', `Skipped a table of contents of ${again - at - 1} entries`, body[at].start, body[again - 1].end)
      out = [...body.slice(0, at), ...body.slice(again)]
    }
  }
  // Entries with dot leaders and page numbers (`总体要求……………1`) are contents wherever they stand;
  // one diagnostic per run of them, so each covers exactly what was skipped.
  if (out.filter(isLeadered).length >= 3) {
    const kept: Line[] = []
    for (let k = 0; k < out.length; k++) {
      if (!isLeadered(out[k]) && out[k].text !== '目录') {
        kept.push(out[k])
        continue
      }
      let e = k
      while (e + 1 < out.length && (isLeadered(out[e + 1]) || out[e + 1].text === '目录')) e++
      diags.add(view, 'info', 'toc-skipped', `Skipped ${e - k + 1} table-of-contents lines`, out[k].start, out[e].end)
      k = e
    }
    out = kept
  }
  return out
}

const TOC_LEADER = /(?:\.{4,}|…{2,}|·{4,}|-{6,})\s*\d{1,4}$/
// (the pattern pins only its last code unit, a digit: the end gate asks the engine of lines ending in one)
const leaderAtEnd = wholeLineExec(TOC_LEADER)
