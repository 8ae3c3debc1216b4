/**
 * Draws the fourth gold set, test/gold/blind-d/ (issue #11, Method): documents with a STAGE or
 * MILESTONE section — the field the other sets barely measure (blind-c holds 5 stages, the outside
 * probes' pages are cut at about 2,000 characters).
 *
 *   node --import tsx scripts/sample-gold-d.ts          # writes test/gold/blind-d/SAMPLE.tsv + texts/
 *
 * Pool: every document of the bulk files (/work/shared/corpus/bulk/*.jsonl.gz, which hold the repo's
 * corpus/policy texts again) of at most MAX_CHARS characters that holds a stage section (see
 * scripts/lib/stage-sample.ts) and whose text is in no gold set yet (blind-c's overlap rule, scripts/lib/gold-pool.ts).
 * The draw is spread over the bulk files that have candidates: each gets one document, the rest by
 * pool size (largest remainder), seed SEED (mulberry32). A drawn text that is in corpus/policy is
 * referenced in place; the others are copied to texts/ (the repo's corpus stays untouched).
 */
import { drawStageSet } from './lib/stage-sample.js'

/** The fixed seed of the draw. Changing it changes the whole sample. */
export const SEED = 20261207

// Longer texts than 15,000 characters are skipped so that each can be read whole (bias: long 规划 and laws are left out).
drawStageSet({
  dir: 'blind-d',
  seed: SEED,
  size: 10,
  maxChars: 15_000,
  bulkFiles: ['govcn_platform1', 'politic_analysis_2025', 'lawrefbook', 'mojlaw_tw', 'political_reports'],
})
