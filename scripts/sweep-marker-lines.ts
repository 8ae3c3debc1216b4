/**
 * Gold-free sweep of numbering (issue #11) over the whole corpus: corpus/ and
 * ../shared/corpus/bulk/*.jsonl.gz. Every line that starts with a marker-shaped token opens a
 * clause, falls in a named class (cross-reference, number, table row, inline list, table of
 * contents, box content, header, amendment history, attachment file name) or is `unexplained`
 * (scripts/sweep/marker-lines.ts). Prints counts per class and a sample of unexplained lines.
 *
 *   node --import tsx scripts/sweep-marker-lines.ts [--no-bulk] [--limit N] [--samples 30] [--out file.json]
 */
import { classifyMarkerLines, UNEXPLAINED } from './sweep/marker-lines.js'
import { runSweepScript } from './sweep/run.js'

await runSweepScript({
  noun: 'marker-shaped lines',
  unexplained: UNEXPLAINED,
  classify: (text, doc) => classifyMarkerLines(text, doc).map((l) => ({ cls: l.cls, line: l.line, text: l.text })),
})
