import { MessageChannel, Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import type { WorkerData, WorkerRequest } from './worker.js'
import type { WorkResult, WorkUnit } from './types.js'
import { failure } from './failure.js'
import { profileFile } from './profile.js'
import { answerSegmenter, createDoorbell, createSegmenterLink, stopServing, type LinkMessage } from './segmenter-link.js'
import { reapplyHeapTuning } from './heap.js'

export interface PoolOptions {
  size: number
  workerData: WorkerData
  /** Worker script; default: dist/worker.js next to the built module, or worker.ts via tsx from source. */
  workerUrl?: URL
  /** A unit running longer than this is stopped and recorded as `timeout`. 0 = never. */
  timeoutMs?: number
  resourceLimits?: ResourceLimits
  /** Ask for table rows in failure records made here (crash, timeout). */
  rows?: boolean
  /**
   * Units sent to a worker ahead of the one it runs (default 1, so 2 in a worker at a time): the
   * next unit already waits in the worker's port when it finishes one, so it never idles while
   * the main thread (sharing the cores) gets round to answering.
   */
  prefetch?: number
  /**
   * Workers ask one word segmenter instead of each loading jieba's dictionary (≈38 MB each;
   * segmenter-link.ts), held by a thread of its own (segmenter-thread.ts). Default: when the pool
   * has more than one worker.
   */
  shareSegmenter?: boolean
  /** Segmenter thread script (default: dist/segmenter.js beside the built module, segmenter-thread.ts from source). */
  segmenterUrl?: URL
}

/** The shared segmenter's thread, its doorbell and the port that tells it about workers' links. */
interface SegmenterHost {
  worker: Worker
  bell: SharedArrayBuffer
  port: MessagePort
  exited: Promise<void>
}

interface Task {
  id: number
  unit: WorkUnit
  resolve: (r: WorkResult) => void
  reject: (e: Error) => void
}

interface Slot {
  worker: Worker
  ready: boolean
  /** Units sent to this worker, in order: the first is the one it runs, the rest wait in its port. */
  tasks: Task[]
  timer: NodeJS.Timeout | null
  /** Set when we ended the worker ourselves (timeout, close): its exit is expected. */
  retired: boolean
}

/** Consecutive workers that die before becoming ready: the worker cannot start at all. */
const MAX_STARTUP_FAILURES = 3

/**
 * A fixed set of worker threads, each running one unit at a time in the order sent (so a crash
 * is pinned to the unit it was running; the units waiting behind it go back to the queue). A
 * worker that throws, exits or runs past the timeout is replaced and its unit gets a
 * `worker-crash` / `timeout` record; the batch goes on.
 */
export class WorkerPool {
  private slots: Slot[] = []
  private queue: Task[] = []
  private nextId = 1
  private startupFailures = 0
  private closed = false
  private fatal: Error | null = null
  private segmenter: SegmenterHost | null = null
  private nextLink = 1

  /** Workers start on demand, so a pool never holds more threads than units handed to it. */
  constructor(private readonly options: PoolOptions) {}

  /** Runs a unit; resolves with its result (never rejects unless the pool cannot start workers). */
  run(unit: WorkUnit): Promise<WorkResult> {
    if (this.fatal) return Promise.reject(this.fatal)
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, unit, resolve, reject })
      this.grow()
      this.pump()
    })
  }

  get busy(): number {
    return this.slots.reduce((n, s) => n + s.tasks.length, 0) + this.queue.length
  }

  async close(): Promise<void> {
    this.closed = true
    if (profileFile) await Promise.all(this.slots.map((s) => askProfile(s.worker)))
    await Promise.all(
      this.slots.map((s) => {
        s.retired = true
        return s.worker.terminate()
      }),
    )
    const host = this.segmenter
    if (host) {
      this.segmenter = null
      // it writes its profile line and returns; a thread stuck inside jieba is ended after 2 s
      stopServing(host.bell)
      let timer: NodeJS.Timeout | undefined
      await Promise.race([host.exited, new Promise((resolve) => (timer = setTimeout(resolve, 2000)))])
      clearTimeout(timer)
      host.port.close()
      await host.worker.terminate()
    }
  }

  /** The segmenter thread, started with the first worker that shares it. */
  private segmenterHost(): SegmenterHost {
    if (this.segmenter) return this.segmenter
    const here = import.meta.url
    const { url, execArgv } = workerEntry(this.options.segmenterUrl ?? new URL(here.endsWith('.ts') ? './segmenter-thread.ts' : './segmenter.js', here))
    const bell = createDoorbell()
    const { port1, port2 } = new MessageChannel()
    // its heap holds the organ words jieba is given and small answers: a small young generation
    const worker = new Worker(url, {
      workerData: { bell, port: port2 },
      transferList: [port2],
      execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 256 },
      stdout: true,
      stderr: false,
    })
    worker.once('online', reapplyHeapTuning)
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    // a thread that cannot start leaves the questions unanswered: each worker then loads its own jieba (segmenter-link.ts)
    worker.on('error', () => undefined)
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
    this.segmenter = { worker, bell, port: port1, exited }
    return this.segmenter
  }

  /** Starts workers while units wait for one and the pool is below its size. */
  private grow(): void {
    const idle = this.slots.filter((s) => !s.tasks.length && !s.retired).length
    for (let n = this.queue.length - idle; n > 0 && this.slots.length < Math.max(1, this.options.size); n--) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const { url, execArgv } = workerEntry(this.options.workerUrl)
    const link = (this.options.shareSegmenter ?? this.options.size > 1) ? createSegmenterLink() : undefined
    const host = link ? this.segmenterHost() : undefined
    const linkId = this.nextLink++
    if (link) host!.port.postMessage({ add: linkId, link } satisfies LinkMessage)
    const worker = new Worker(url, {
      workerData: link ? { ...this.options.workerData, segmenterLink: link, segmenterBell: host!.bell } : this.options.workerData,
      execArgv,
      resourceLimits: this.options.resourceLimits,
      // a parser's console output must never mix into records written to stdout
      stdout: true,
      stderr: false,
    })
    // the new isolate put the young-generation growth factor back (heap.ts); so may isolates it
    // starts while loading (tsx's loader thread, from source): again when it is ready
    worker.once('online', reapplyHeapTuning)
    // not pipe(): every pipe into process.stderr adds listeners to it (MaxListenersExceededWarning)
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    const slot: Slot = { worker, ready: false, tasks: [], timer: null, retired: false }
    worker.on('message', (msg: { ready?: true; id?: number; result?: WorkResult; profiled?: true; segment?: true }) => {
      if (msg.segment) {
        if (link) answerSegmenter(link)
        return
      }
      if (msg.profiled) return
      if (msg.ready) {
        reapplyHeapTuning()
        slot.ready = true
        this.startupFailures = 0
        this.pump()
        return
      }
      const task = slot.tasks[0]
      if (!task || msg.id !== task.id || !msg.result) return
      this.finish(slot, msg.result)
    })
    let lastError: Error | null = null
    worker.on('error', (e) => {
      lastError = e
    })
    worker.on('exit', (code) => {
      if (slot.timer) clearTimeout(slot.timer)
      if (link) this.segmenter?.port.postMessage({ drop: linkId } satisfies LinkMessage)
      const [task, ...waiting] = slot.tasks
      slot.tasks = []
      if (task && !slot.retired) {
        const why = lastError ? `${lastError.name}: ${lastError.message}` : `worker exited with code ${code}`
        task.resolve(failure(task.unit.input, 'worker-crash', why, { rows: this.options.rows }))
      }
      // units that waited behind the crashed one never ran: they go first to the next worker
      if (waiting.length && !this.closed && !this.fatal) this.queue.unshift(...waiting)
      if (this.closed) return
      if (!slot.ready && !slot.retired) {
        this.startupFailures++
        if (this.startupFailures >= MAX_STARTUP_FAILURES) {
          this.fail(new Error(`batch worker cannot start: ${lastError?.message ?? `exit code ${code}`}`))
          return
        }
      }
      const i = this.slots.indexOf(slot)
      if (i >= 0) this.slots[i] = this.spawn()
    })
    return slot
  }

  private pump(): void {
    const depth = 1 + Math.max(0, Math.floor(this.options.prefetch ?? 1))
    for (const slot of this.slots) {
      if (!slot.ready || slot.retired) continue
      while (this.queue.length && slot.tasks.length < depth) {
        const task = this.queue.shift()!
        slot.tasks.push(task)
        const msg: WorkerRequest = { id: task.id, unit: task.unit }
        // Only the unit the worker runs next is handed over; one that waits behind it is copied,
        // since it goes back to the queue (bytes intact) if the worker dies first.
        const head = slot.tasks.length === 1
        slot.worker.postMessage(msg, head ? transferable(task.unit) : [])
        if (head) this.startTimer(slot)
      }
      if (!this.queue.length) return
    }
  }

  /** The time limit of the unit the worker now runs (the first one sent and not answered). */
  private startTimer(slot: Slot): void {
    const ms = this.options.timeoutMs ?? 0
    if (ms <= 0) return
    const task = slot.tasks[0]
    slot.timer = setTimeout(() => {
      slot.retired = true
      const [, ...waiting] = slot.tasks
      slot.tasks = []
      slot.timer = null
      task.resolve(failure(task.unit.input, 'timeout', `parsing took longer than ${ms} ms; worker stopped`, { rows: this.options.rows }))
      if (!this.closed && !this.fatal) this.queue.unshift(...waiting)
      void slot.worker.terminate().then(() => {
        const i = this.slots.indexOf(slot)
        if (!this.closed && i >= 0) this.slots[i] = this.spawn()
        this.pump()
      })
    }, ms)
  }

  private finish(slot: Slot, result: WorkResult): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const task = slot.tasks.shift()!
    if (slot.tasks.length) this.startTimer(slot)
    task.resolve(result)
    this.pump()
  }

  private fail(e: Error): void {
    this.fatal = e
    for (const t of this.queue) t.reject(e)
    this.queue = []
    for (const s of this.slots) {
      for (const t of s.tasks) t.reject(e)
      s.tasks = []
    }
    void this.close()
  }
}

/** Asks a worker to write its profile line (GONGWEN_BATCH_PROFILE); gives up after 2 s. */
function askProfile(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      resolve()
    }
    const onMessage = (m: { profiled?: true }) => {
      if (m.profiled) done()
    }
    const timer = setTimeout(done, 2000)
    worker.on('message', onMessage)
    worker.postMessage({ profile: true })
  })
}

/**
 * Where the worker script is. Built: `worker.js` beside this bundle (dist/cli.js, dist/index.js).
 * From source (tests, tsx): `worker.ts` beside this file, loaded through tsx's loader.
 */
export function workerEntry(override?: URL): { url: URL; execArgv?: string[] } {
  const here = import.meta.url
  const fromSource = here.endsWith('.ts')
  const target = override ?? new URL(fromSource ? './worker.ts' : './worker.js', here)
  if (!target.pathname.endsWith('.ts')) return { url: target }
  // Node 20 does not apply --import hooks to a worker's entry; register tsx first, then import.
  const api = tsxEsmApi(here)
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target.href)}) })`
  return { url: new URL(`data:text/javascript,${encodeURIComponent(boot)}`) }
}

/** File URL of tsx's ESM register API (the CJS build cannot be imported from a data: module). */
function tsxEsmApi(from: string): string {
  try {
    const require = createRequire(from)
    const pkgPath = require.resolve('tsx/package.json')
    const pkg = require(pkgPath) as { exports?: Record<string, { import?: { default?: string } | string }> }
    const entry = pkg.exports?.['./esm/api']?.import
    const rel = typeof entry === 'string' ? entry : entry?.default
    if (rel) return pathToFileURL(join(dirname(pkgPath), rel)).href
  } catch {
    // tsx not installed beside the sources: let bare resolution try
  }
  return 'tsx/esm/api'
}

/** The unit's bytes, handed over without a copy when they own their whole buffer. */
function transferable(unit: WorkUnit): ArrayBuffer[] {
  const bytes = unit.kind === 'bytes' ? unit.bytes : unit.kind === 'json-line' ? unit.line : null
  if (bytes?.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) return []
  return [bytes.buffer]
}
