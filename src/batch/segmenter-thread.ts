/**
 * The batch's word segmenter on a thread of its own (built to dist/segmenter.js): it holds the
 * only jieba dictionary and answers the parse workers' questions (segmenter-link.ts) without an
 * event loop — it sleeps on the doorbell word, and a worker that rings it is answered as soon as
 * this thread gets a core, never behind the main thread's queue of records, reads and writes.
 * New links (a worker started or replaced) arrive as messages, read synchronously when woken.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads'
import { answerSegmenter, serveLinks, type LinkMessage } from './segmenter-link.js'
import { profileFile, ThreadProfile } from './profile.js'

interface SegmenterThreadData {
  bell: SharedArrayBuffer
  port: MessagePort
}

const data = workerData as SegmenterThreadData | undefined
if (data?.bell) {
  const profile = profileFile ? new ThreadProfile('segmenter') : null
  const answered = serveLinks(new Int32Array(data.bell), () => receiveMessageOnPort(data.port)?.message as LinkMessage | undefined, answerSegmenter)
  profile?.write({ answered })
  data.port.close()
}
