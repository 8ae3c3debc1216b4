import type { PipelineItem } from './pipeline.js'

/** Counts of a finished (or interrupted) batch. */
export interface BatchSummary {
  inputs: number
  ok: number
  failed: number
  /** Skipped because a resumed run had already done them. */
  resumed: number
  failuresByCode: Record<string, number>
  /** The first failed inputs with their codes (at most {@link LISTED_FAILURES}), for the summary. */
  failedInputs: Array<{ input: string; code: string }>
  diagnosticsByCode: Record<string, number>
  wallMs: number
  /** Content bytes parsed in this run. */
  bytes: number
  mbPerSecond: number
}

export type ProgressMode = 'bar' | 'lines' | 'quiet'

/** Failed inputs the summary names one by one. */
export const LISTED_FAILURES = 10

/**
 * Tallies outcomes and reports progress on stderr: a redrawn bar on a TTY (files, MB/s, ETA,
 * failures), a plain line every few seconds otherwise, nothing when quiet.
 */
export class Progress {
  private readonly started = Date.now()
  private ok = 0
  private failed = 0
  private resumed = 0
  private bytes = 0
  private failures: Record<string, number> = {}
  private failedInputs: Array<{ input: string; code: string }> = []
  private diagnostics: Record<string, number> = {}
  private total: number | null = null
  private lastDraw = Date.now()
  private drawn = false

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly mode: ProgressMode,
    private readonly intervalMs = mode === 'bar' ? 100 : 5000,
  ) {}

  /** The number of inputs, once a background count knows it (enables percent and ETA). */
  setTotal(n: number): void {
    this.total = n
  }

  add(item: PipelineItem): void {
    const r = item.result
    if (!r) this.resumed++
    else {
      this.bytes += item.bytes
      if (r.ok) this.ok++
      else {
        this.failed++
        const code = r.errorCode ?? 'unknown'
        this.failures[code] = (this.failures[code] ?? 0) + 1
        if (this.failedInputs.length < LISTED_FAILURES) this.failedInputs.push({ input: r.input, code })
      }
      for (const [code, n] of Object.entries(r.diagnostics ?? {})) this.diagnostics[code] = (this.diagnostics[code] ?? 0) + n
    }
    const now = Date.now()
    if (this.mode !== 'quiet' && now - this.lastDraw >= this.intervalMs) {
      this.lastDraw = now
      this.draw(now)
    }
  }

  private done(): number {
    return this.ok + this.failed + this.resumed
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000
    const mbs = this.bytes / 1e6 / Math.max(secs, 0.001)
    const done = this.done()
    const total = this.total
    const processed = this.ok + this.failed
    const eta = total && processed > 0 ? ((total - done) * secs) / processed : null
    const counts = total ? `${done}/${total}` : `${done}`
    const tail = `${counts} files  ${mbs.toFixed(2)} MB/s  ${eta !== null ? `ETA ${duration(eta)}  ` : ''}failed ${this.failed}`
    if (this.mode === 'bar') {
      const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - tail.length - 4))
      const filled = total ? Math.round((width * done) / total) : 0
      const bar = total ? '█'.repeat(filled) + '░'.repeat(width - filled) : ''
      this.stream.write(`\r\x1b[K${bar ? bar + ' ' : ''}${tail}`)
      this.drawn = true
    } else {
      const pct = total ? ` (${((100 * done) / total).toFixed(1)}%)` : ''
      this.stream.write(`gongwen batch: ${tail.replace(/ {2}/g, ', ')}${pct}\n`)
    }
  }

  summary(): BatchSummary {
    const wallMs = Date.now() - this.started
    return {
      inputs: this.done(),
      ok: this.ok,
      failed: this.failed,
      resumed: this.resumed,
      failuresByCode: this.failures,
      failedInputs: this.failedInputs,
      diagnosticsByCode: this.diagnostics,
      wallMs,
      bytes: this.bytes,
      mbPerSecond: this.bytes / 1e6 / Math.max(wallMs / 1000, 0.001),
    }
  }

  /** Clears the bar and prints the summary (unless quiet). */
  finish(interrupted = false): BatchSummary {
    const s = this.summary()
    if (this.mode === 'quiet') return s
    if (this.drawn) this.stream.write('\r\x1b[K')
    this.stream.write(formatSummary(s, interrupted))
    return s
  }
}

export function formatSummary(s: BatchSummary, interrupted = false): string {
  const byCount = (o: Record<string, number>) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
  const lines = [
    `gongwen batch${interrupted ? ' (interrupted)' : ''}: ${s.inputs} inputs, ${s.ok} ok, ${s.failed} failed` +
      (s.resumed ? `, ${s.resumed} done before resume` : '') +
      ` in ${(s.wallMs / 1000).toFixed(1)} s (${size(s.bytes)}, ${s.mbPerSecond.toFixed(2)} MB/s)`,
  ]
  if (s.failed) {
    lines.push(`  failed: ${byCount(s.failuresByCode)}`)
    for (const f of s.failedInputs ?? []) lines.push(`    ${f.input}: ${f.code}`)
    if (s.failed > (s.failedInputs?.length ?? 0)) lines.push(`    … and ${s.failed - (s.failedInputs?.length ?? 0)} more (the records say which)`)
  }
  if (Object.keys(s.diagnosticsByCode).length) lines.push(`  diagnostics: ${byCount(s.diagnosticsByCode)}`)
  return lines.join('\n') + '\n'
}

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`
}

function duration(secs: number): string {
  if (!Number.isFinite(secs)) return '?'
  const s = Math.round(secs)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
