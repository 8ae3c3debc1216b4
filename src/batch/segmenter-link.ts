/**
 * One jieba for the whole batch. Each parse worker would otherwise load jieba's dictionary
 * (≈38 MB of native memory) for itself, and half of the bulk documents need it, so every worker
 * does. Instead the main thread holds the only one and a worker asks it synchronously: the
 * worker writes its sentence (≤ 32 characters, MAX_SEGMENT) into a SharedArrayBuffer of its
 * own, posts a one-word message and sleeps in Atomics.wait; the main thread's message handler
 * tags the sentence and wakes it. The answer is jieba's own, so output cannot change. A call
 * costs a round trip through the main thread's event loop (a few dozen µs on an idle core);
 * the bulk set asks ≈ 2 questions per document.
 *
 * Layout of a link: Int32 state, Int32 length (UTF-16 code units), then the code units (the
 * sentence, then the answer: the tagged words as JSON).
 */
import { jiebaTag } from '../extract/roles/jieba.js'
import type { TaggedWord } from '../extract/roles/left-edge.js'

const IDLE = 0
const ASKED = 1
const ANSWERED = 2
/** The main thread has no segmenter (the native module does not load): the worker has none either. */
const NONE = 3
/** The answer does not fit the link: the worker tags this one sentence itself. */
const TOO_LONG = 4

const HEADER_BYTES = 8
/** Code units a link holds: a sentence of MAX_SEGMENT characters tags to ≈ 400 of JSON. */
const CAPACITY = 4096
/** A main thread that does not answer within this is stuck: the worker loads its own jieba. */
const WAIT_MS = 10_000
/**
 * Answers a worker keeps (jieba is deterministic): a third of the bulk set's questions repeat
 * one asked before (26,336 asked, 18,128 distinct), often in the same law's articles.
 */
const MEMO_SIZE = 4096

/** A link for one worker (to pass in its workerData). */
export function createSegmenterLink(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + 2 * CAPACITY)
}

/** The message a worker posts to say its link holds a question. */
export interface SegmenterRequest {
  segment: true
}

/** Main thread: answers the question waiting in `link` with this thread's jieba (loaded on the first one). */
export function answerSegmenter(link: SharedArrayBuffer): void {
  const head = new Int32Array(link, 0, 2)
  if (Atomics.load(head, 0) !== ASKED) return
  const units = new Uint16Array(link, HEADER_BYTES)
  const words = jiebaTag(readText(head, units))
  let state = NONE
  if (words) {
    const json = JSON.stringify(words.map((w) => [w.word, w.tag]))
    if (json.length <= CAPACITY) {
      writeText(head, units, json)
      state = ANSWERED
    } else state = TOO_LONG
  }
  Atomics.store(head, 0, state)
  Atomics.notify(head, 0)
}

/** What a worker's link did (GONGWEN_BATCH_PROFILE): questions asked, time spent waiting for answers, answers it already had. */
export const linkStats = { calls: 0, waitMs: 0, memoHits: 0 }

/**
 * Worker: a tagger that asks the main thread through `link`; `ask` posts the SegmenterRequest.
 * Falls back to this thread's own jieba if the main thread does not answer in time.
 *
 * @example useSharedSegmenter(linkedTagger(data.segmenterLink, () => parentPort.postMessage({ segment: true })))
 */
export function linkedTagger(link: SharedArrayBuffer, ask: () => void): (sentence: string) => TaggedWord[] | null {
  const head = new Int32Array(link, 0, 2)
  const units = new Uint16Array(link, HEADER_BYTES)
  let broken = false
  const memo = new Map<string, TaggedWord[] | null>()
  return (sentence) => {
    if (broken || sentence.length > CAPACITY) return jiebaTag(sentence)
    const known = memo.get(sentence)
    if (known !== undefined) {
      linkStats.memoHits++
      return known
    }
    const t0 = performance.now()
    writeText(head, units, sentence)
    // the memo's key is a copy: the sentence is a slice that would keep its whole document alive
    const key = readText(head, units)
    Atomics.store(head, 0, ASKED)
    ask()
    if (Atomics.wait(head, 0, ASKED, WAIT_MS) === 'timed-out') {
      broken = true
      return jiebaTag(sentence)
    }
    linkStats.calls++
    linkStats.waitMs += performance.now() - t0
    const state = Atomics.load(head, 0)
    let words: TaggedWord[] | null = null
    if (state === ANSWERED) words = (JSON.parse(readText(head, units)) as [string, string][]).map(([word, tag]) => ({ word, tag }))
    Atomics.store(head, 0, IDLE)
    if (state === TOO_LONG) return jiebaTag(sentence)
    if (memo.size >= MEMO_SIZE) memo.clear()
    memo.set(key, words)
    return words
  }
}

/** The text a link holds (the question, or the answer): a fresh flat string, never a slice of a document. */
function readText(head: Int32Array, units: Uint16Array): string {
  return String.fromCharCode.apply(null, units.subarray(0, head[1]) as unknown as number[])
}

/** Puts `text` (at most CAPACITY code units) into the link. */
function writeText(head: Int32Array, units: Uint16Array, text: string): void {
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  head[1] = text.length
}
