/**
 * Draws the fifth gold set, test/gold/blind-e/ (issue #11, Method): long MAINLAND plans with a stage or
 * milestone section. blind-d's draw (at most 15,000 characters) found only Taiwan regulations: every
 * mainland staged plan of that size was already gold, and the long ones (work reports, 规划, the 十九大
 * report) were left out by the size bound. This draw raises the bound to 40,000 characters, leaves
 * mojlaw_tw out, and reads stage lines with planStageLines: blind-d's rule alone finds 7 mainland texts
 * at this size, all of them gold already, because the long reports and 规划 print their stages as
 * `第一步，到2020年…` or `从二〇二〇年到本世纪中叶可以分两个阶段` (scripts/lib/stage-sample.ts).
 *
 *   GONGWEN_BULK=/work/shared/corpus/bulk node --import tsx scripts/sample-gold-e.ts   # writes test/gold/blind-e/SAMPLE.tsv + texts/
 *
 * Pool, overlap rule, spread and file layout: blind-d's (scripts/lib/stage-sample.ts). The bulk files
 * hold the 260 texts of the repository's corpus/ again (corpus/seeds are all gold already).
 */
import { drawStageSet, planStageLines } from './lib/stage-sample.js'

/** The fixed seed of the draw. Changing it changes the whole sample. */
export const SEED = 20261213

drawStageSet({
  dir: 'blind-e',
  seed: SEED,
  size: 6,
  maxChars: 40_000,
  bulkFiles: ['govcn_platform1', 'politic_analysis_2025', 'lawrefbook', 'political_reports'],
  lines: planStageLines,
})
