/**
 * Draws the review-section gold, test/gold/blind-f/ (issue #11, task A of the twentieth session): documents of
 * at most 30,000 characters whose text holds a heading that looks back on past work (`一、2022年工作回顾`,
 * `二、过去五年的工作`, `（一）…取得显著成效`). Their dated deadlines are annotated by reading, before the
 * parser runs on them, to measure how a report's review narrates dates the parser reads as due.
 *
 *   GONGWEN_BULK=/work/shared/corpus/bulk node --import tsx scripts/sample-review.ts   # writes test/gold/blind-f/SAMPLE.tsv + texts/
 *
 * Pool, overlap rule, spread and file layout: the stage draws' (scripts/lib/stage-sample.ts); only the line rule differs.
 * The regex is the draw's own, neutral: it shares nothing with the parser's grammar.
 */
import { drawStageSet } from './lib/stage-sample.js'

/** The fixed seed of the draw. Changing it changes the whole sample. */
export const SEED = 20261216

/** Words of looking back: 回顾 (not a court case's 案情回顾), 过去N年, a year's or the last year's work, 取得…成效/成绩/成就. */
const LOOKS_BACK =
  /(?<!案情)回顾|过去的?[一二三四五六七八九十两]+年|一年来|去年工作|上年工作|(?:19|20|１９|２０)[\d０-９]{2}年(?:主要)?工作(?:情况|总结|完成情况)?$|主要工作(?:完成)?情况|取得.{0,20}成[效绩就]|工作总结/
/** A numbered heading (一、 （一） 第一部分) or a short line, closed by no punctuation and holding no sentence end. */
const MARKER = /^(?:#+\s*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)/
const isHeading = (line: string): boolean => line.length <= 40 && !/[。；]/.test(line) && !/[，,：:、]$/.test(line) && (MARKER.test(line) || line.length <= 16)

/** The review headings of a text. */
export function reviewLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => isHeading(l) && LOOKS_BACK.test(l))
}

if (import.meta.url === `file://${process.argv[1]}`)
  drawStageSet({
    dir: 'blind-f',
    seed: SEED,
    size: 10,
    maxChars: 30_000,
    bulkFiles: ['govcn_platform1', 'politic_analysis_2025', 'lawrefbook', 'political_reports'],
    lines: reviewLines,
    linesColumn: 'review lines',
  })
