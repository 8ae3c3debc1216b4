import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MessageChannel, Worker } from 'node:worker_threads'
import { parse } from '../../src/index.js'
import { jiebaTag } from '../../src/extract/roles/jieba.js'
import { segmenterGate, type TaggedWord } from '../../src/extract/roles/left-edge.js'
import { useSharedSegmenter } from '../../src/extract/roles/segment.js'
import { answerSegmenter, createDoorbell, createSegmenterLink, stopServing } from '../../src/batch/segmenter-link.js'
import { workerEntry } from '../../src/batch/pool.js'
import { parseBatch, type BatchRecord } from '../../src/batch/index.js'

const here = join(import.meta.dirname, '..')
const policy = join(here, '..', 'corpus', 'policy')
// policy documents whose prose role reader asks the segmenter (scripts/jieba-count.ts)
const files = readdirSync(policy)
  .filter((f) => f.startsWith('govcn_platform1__') && f.endsWith('.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => join(policy, f))

/**
 * The sentences the role reader asks the segmenter about while parsing `texts` in this thread, with
 * its gate off (left-edge.ts mayStartInside: the gated reader asks 2 of these 12 documents' 20
 * questions; the link is tested on all of them).
 */
function askedSentences(texts: string[]): string[] {
  const asked: string[] = []
  useSharedSegmenter((s) => {
    asked.push(s)
    return jiebaTag(s)
  })
  segmenterGate.enabled = false
  try {
    for (const t of texts) parse(t)
  } finally {
    segmenterGate.enabled = true
    useSharedSegmenter(jiebaTag)
  }
  return asked
}

describe('one word segmenter for all batch workers (segmenter-link)', () => {
  it("a worker asking the main thread through its link gets jieba's own tags, word for word", async () => {
    const sentences = askedSentences(files.map((f) => readFileSync(f, 'utf8')))
    // the corpus asks about scope phrases before a unit (该项工作市教育局负责 …): 20 questions since the
    // nineteenth session's role readers settle one sentence without the segmenter; enough to test the link on
    expect(sentences.length).toBeGreaterThanOrEqual(15)
    const link = createSegmenterLink()
    const { url, execArgv } = workerEntry(pathToFileURL(join(here, 'fixtures', 'batch', 'segmenter-worker.ts')))
    const worker = new Worker(url, { execArgv, workerData: { link, sentences } })
    const tags = await new Promise<(TaggedWord[] | null)[]>((resolve, reject) => {
      worker.on('message', (m: { segment?: true; tags?: (TaggedWord[] | null)[] }) => {
        if (m.segment) answerSegmenter(link)
        else resolve(m.tags!)
      })
      worker.on('error', reject)
    })
    await worker.terminate()
    expect(tags).toEqual(sentences.map((s) => jiebaTag(s)))
    // the words cover the sentence and carry jieba's tags (a scope noun is not a verb)
    expect(tags.every((t, i) => t!.map((w) => w.word).join('') === sentences[i])).toBe(true)
  })

  it("the segmenter thread answers a worker's questions, rung through the doorbell, with jieba's own tags", async () => {
    const sentences = askedSentences(files.map((f) => readFileSync(f, 'utf8')))
    const link = createSegmenterLink()
    const bell = createDoorbell()
    const { port1, port2 } = new MessageChannel()
    const thread = workerEntry(pathToFileURL(join(here, '..', 'src', 'batch', 'segmenter-thread.ts')))
    const segmenter = new Worker(thread.url, { execArgv: thread.execArgv, workerData: { bell, port: port2 }, transferList: [port2] })
    const segmenterExit = new Promise<number>((resolve) => segmenter.once('exit', resolve))
    // the link is announced before the worker asks, as the pool does
    port1.postMessage({ add: 1, link })
    const { url, execArgv } = workerEntry(pathToFileURL(join(here, 'fixtures', 'batch', 'segmenter-worker.ts')))
    const worker = new Worker(url, { execArgv, workerData: { link, sentences, bell } })
    const got = await new Promise<{ tags: (TaggedWord[] | null)[]; answered: number }>((resolve, reject) => {
      worker.on('message', resolve)
      worker.on('error', reject)
    })
    await worker.terminate()
    stopServing(bell)
    // the thread leaves its loop when told to (no event loop to end it otherwise)
    expect(await segmenterExit).toBe(0)
    port1.close()
    expect(got.tags).toEqual(sentences.map((s) => jiebaTag(s)))
    // answered by the thread, none by the worker's fallback (its own jieba after a timeout); repeats come from its memo
    expect(got.answered).toBe(new Set(sentences).size)
  })

  it('batch records with 2 workers (shared segmenter) equal those of 1 worker (its own jieba)', async () => {
    const collect = async (jobs: number) => {
      const out: BatchRecord[] = []
      for await (const r of parseBatch(files, { jobs, ordered: true })) out.push(r)
      return out
    }
    const one = await collect(1)
    const two = await collect(2)
    expect(one.every((r) => r.ok)).toBe(true)
    expect(two).toEqual(one)
  })
})
