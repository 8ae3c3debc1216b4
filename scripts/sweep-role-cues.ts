/**
 * Gold-free sweep of role cues (issue #11) over the whole corpus: corpus/ and
 * ../shared/corpus/bulk/*.jsonl.gz. Every cue is inside an extracted role, in a named
 * non-assignment class, or `unexplained` (scripts/sweep/role-cues.ts). Prints counts per class and
 * a deterministic sample of unexplained cases to read by hand.
 *
 *   node --import tsx scripts/sweep-role-cues.ts [--no-bulk] [--limit N] [--samples 30] [--out file.json]
 */
import { lineOf } from './sweep/corpus.js'
import { classifyRoleCues, CUES, UNEXPLAINED } from './sweep/role-cues.js'
import { runSweepScript } from './sweep/run.js'

await runSweepScript({
  noun: 'role cues',
  unexplained: UNEXPLAINED,
  mayHoldCue: (text) => {
    CUES.lastIndex = 0
    const found = CUES.test(text)
    CUES.lastIndex = 0
    return found
  },
  classify: (text, doc) => classifyRoleCues(text, doc).map((c) => ({ cls: c.cls, line: lineOf(text, c.index), text: c.context })),
})
