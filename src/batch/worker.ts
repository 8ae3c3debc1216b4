/**
 * Worker thread entry: receives units, answers with serialized records. Built to dist/worker.js.
 * `workerData.parseModule` (a module URL exporting `parse`) replaces the library's parser —
 * used by tests to inject parsers that fail, crash or hang.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parse as libraryParse } from '../parse.js'
import { processUnit, type ProcessOptions } from './process.js'
import type { ParseFn, WorkUnit } from './types.js'
import { profileFile, ThreadProfile } from './profile.js'
import { useSharedSegmenter } from '../extract/roles/segment.js'
import { linkedTagger, linkStats, ringer } from './segmenter-link.js'

export interface WorkerData {
  parseModule?: string
  options: ProcessOptions
  /** Set by the pool when one thread holds the word segmenter for all workers (segmenter-link.ts). */
  segmenterLink?: SharedArrayBuffer
  /** The segmenter thread's doorbell (segmenter-thread.ts); without it the worker asks its parent thread by message. */
  segmenterBell?: SharedArrayBuffer
}

export interface WorkerRequest {
  id: number
  unit: WorkUnit
}

/** Sent by the pool before it closes when profiling (GONGWEN_BATCH_PROFILE): write this thread's figures, answer `profiled`. */
export interface ProfileRequest {
  profile: true
}

const data = workerData as WorkerData

async function loadParse(): Promise<ParseFn> {
  if (data.parseModule) {
    const mod = (await import(data.parseModule)) as { parse?: ParseFn; default?: { parse?: ParseFn } }
    const fn = mod.parse ?? mod.default?.parse
    if (typeof fn !== 'function') throw new Error(`${data.parseModule} exports no parse()`)
    return fn
  }
  return libraryParse
}

const port = parentPort
if (port) {
  const link = data.segmenterLink
  if (link) useSharedSegmenter(linkedTagger(link, data.segmenterBell ? ringer(data.segmenterBell) : () => port.postMessage({ segment: true })))
  const parse = await loadParse()
  const profile = profileFile ? new ThreadProfile('worker') : null
  port.on('message', (req: WorkerRequest | ProfileRequest) => {
    if ('profile' in req) {
      profile?.write(data.segmenterLink ? { segmenterCalls: linkStats.calls, segmenterWaitSeconds: +(linkStats.waitMs / 1000).toFixed(2), segmenterMemoHits: linkStats.memoHits } : {})
      port.postMessage({ profiled: true })
      return
    }
    const result = profile
      ? profile.unit(
          () => processUnit(req.unit, parse, data.options),
          (r) => r.json.byteLength + (r.archive?.byteLength ?? 0),
        )
      : processUnit(req.unit, parse, data.options)
    const transfer = [result.json.buffer as ArrayBuffer]
    // archive rows (SQLite output) travel beside the record, also without a copy
    if (result.archive) transfer.push(result.archive.buffer as ArrayBuffer)
    port.postMessage({ id: req.id, result }, transfer)
  })
  port.postMessage({ ready: true })
}
