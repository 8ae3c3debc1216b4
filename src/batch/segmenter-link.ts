/**
 * One jieba for the whole batch. Each parse worker would otherwise load jieba's dictionary
 * (≈38 MB of native memory) for itself, and half of the bulk documents need it, so every worker
 * does. Instead one thread holds the only one and a worker asks it synchronously: the
 * worker writes its sentence (≤ 32 characters, MAX_SEGMENT) into a SharedArrayBuffer of its
 * own, says so and sleeps in Atomics.wait; the segmenter tags the sentence and wakes it. The
 * answer is jieba's own, so output cannot change. The batch's pool runs the segmenter on a thread
 * of its own (segmenter-thread.ts: the worker rings a doorbell the thread sleeps on); with
 * `answerSegmenter` on a thread's message handler (the worker posts a one-word message) a question
 * waits behind everything else that thread's event loop has queued. The bulk set asks ≈ 2
 * questions per document.
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

/** Answers the question waiting in `link` with this thread's jieba (loaded on the first one); false when none waits. */
export function answerSegmenter(link: SharedArrayBuffer): boolean {
  const head = new Int32Array(link, 0, 2)
  if (Atomics.load(head, 0) !== ASKED) return false
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
  return true
}

/**
 * The segmenter thread's doorbell (segmenter-thread.ts): Int32 rings (a counter a worker bumps
 * after putting a question in its link), Int32 stop.
 */
export function createDoorbell(): SharedArrayBuffer {
  return new SharedArrayBuffer(8)
}

/** What the pool tells the segmenter thread: a worker's link to watch (`add`, by id), or one to forget. */
export type LinkMessage = { add: number; link: SharedArrayBuffer } | { drop: number }

/** Worker: the `ask` of {@link linkedTagger} when the segmenter has a thread of its own — ring its doorbell. */
export function ringer(bell: SharedArrayBuffer): () => void {
  const b = new Int32Array(bell)
  return () => {
    Atomics.add(b, 0, 1)
    Atomics.notify(b, 0)
  }
}

/** Pool: ends the segmenter thread's loop (it answers what is waiting first). */
export function stopServing(bell: SharedArrayBuffer): void {
  const b = new Int32Array(bell)
  Atomics.store(b, 1, 1)
  Atomics.add(b, 0, 1)
  Atomics.notify(b, 0)
}

/**
 * Segmenter thread: sleeps on the doorbell, and whenever it rings takes the new links (`next`
 * gives the pool's messages, synchronously), answers every question waiting, and sleeps again —
 * unless it rang meanwhile (the ring count read before the scan is what it sleeps on, so a question
 * put in after the scan wakes it at once). Returns the number of questions answered once stopped.
 *
 * @example serveLinks(new Int32Array(bell), () => receiveMessageOnPort(port)?.message, answerSegmenter)
 */
export function serveLinks(bell: Int32Array, next: () => LinkMessage | undefined, answer: (link: SharedArrayBuffer) => boolean): number {
  const links = new Map<number, SharedArrayBuffer>()
  let answered = 0
  for (;;) {
    const seen = Atomics.load(bell, 0)
    for (let m = next(); m; m = next()) {
      if ('add' in m) links.set(m.add, m.link)
      else links.delete(m.drop)
    }
    for (const link of links.values()) if (answer(link)) answered++
    if (Atomics.load(bell, 1) !== 0) return answered
    Atomics.wait(bell, 0, seen)
  }
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
