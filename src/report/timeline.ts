import type { PolicyDocument } from '../schema/document.js'
import type { Stage } from '../schema/time.js'
import { escapeHtml } from './escape.js'
import { allTasks } from './marks.js'

const DAY = 86_400_000
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const addDays = (iso: string, n: number) => new Date(toTime(iso) + n * DAY).toISOString().slice(0, 10)

interface Band {
  name: string
  start: string
  end: string
  line?: number
}
interface Point {
  start: string
  end: string
  label: string
  line?: number
}

/** Every stage of a document and its nested documents. */
function allStages(doc: PolicyDocument): Stage[] {
  return [...doc.stages, ...doc.documents.flatMap(allStages)]
}

/**
 * Stage bands with both ends: a missing start is the day after the previous stage's end (or the
 * plan period's start), a missing end the day before the next stage's start (or the period's end).
 */
export function stageBands(doc: PolicyDocument): Band[] {
  const stages = allStages(doc)
  const period = doc.meta.period
  return stages.flatMap((s, i) => {
    const prev = stages[i - 1]
    const next = stages[i + 1]
    const start = s.start ?? (prev?.end ? addDays(prev.end, 1) : (period?.start ?? null))
    const end = s.end ?? (next?.start ? addDays(next.start, -1) : (period?.end ?? null))
    return start && end && start <= end ? [{ name: s.name, start, end, line: s.position?.start.line }] : []
  })
}

/** The date a document is dated (signed, else published, else effective). */
export function documentDate(doc: PolicyDocument): string | undefined {
  return doc.meta.signedDate ?? doc.meta.publishedDate ?? doc.meta.effectiveDate ?? undefined
}

/** Deadlines of the tasks, grouped by lead unit (else the first responsible unit), in order of first appearance. */
export function deadlineGroups(doc: PolicyDocument): Map<string, Point[]> {
  const groups = new Map<string, Point[]>()
  for (const t of allTasks(doc)) {
    const lead = t.roles.find((r) => r.role === 'lead')?.units[0] ?? t.roles.find((r) => r.role === 'responsible')?.units[0]
    const key = lead?.name ?? '（未指定牵头单位）'
    for (const d of t.deadlines) {
      const start = d.date ?? d.start ?? d.end
      const end = d.kind === 'range' || d.kind === 'ongoing' ? (d.end ?? start) : start
      if (!start || !end) continue
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
      const point = { start: start <= end ? start : end, end: start <= end ? end : start, label: `${t.path.join('/')} ${t.title}：${d.raw}`, line: t.position?.start.line }
      groups.set(key, [...(groups.get(key) ?? []), point])
    }
  }
  return groups
}

export interface TimelineOptions {
  /** ISO date of the "today" line. */
  today: string
  width?: number
}

/**
 * The timeline as plain SVG: stages as bands (`rect.stage-band`), each task's deadlines as marks
 * (`a.deadline-mark`, a dot or a bar for a range) on the row of its lead unit, the document date
 * and today as vertical lines. A mark links to its clause's line (`#L<n>`).
 * @example timelineSvg(parse(text), { today: '2026-01-01' }) // '<svg class="timeline" …'
 */
export function timelineSvg(doc: PolicyDocument, options: TimelineOptions): string {
  const width = options.width ?? 1000
  const bands = stageBands(doc)
  const groups = deadlineGroups(doc)
  const docDate = documentDate(doc)
  const period = doc.meta.period
  const dates = [
    ...bands.flatMap((b) => [b.start, b.end]),
    ...[...groups.values()].flat().flatMap((p) => [p.start, p.end]),
    ...(docDate ? [docDate] : []),
    ...(period?.start ? [period.start] : []),
    ...(period?.end ? [period.end] : []),
  ].sort()
  if (dates.length === 0) return `<p class="empty">没有可画在时间轴上的日期。</p>`
  let lo = toTime(dates[0])
  let hi = toTime(dates[dates.length - 1])
  const today = toTime(options.today)
  // Today extends the axis only when it is near the plan; far off, it is an arrow at the edge.
  if (today > hi && today - hi < 3 * 365 * DAY) hi = today
  if (today < lo && lo - today < 3 * 365 * DAY) lo = today
  const pad = Math.max((hi - lo) * 0.03, 15 * DAY)
  lo -= pad
  hi += pad
  const left = 190
  const right = width - 12
  const x = (t: number) => left + ((t - lo) / (hi - lo)) * (right - left)
  const rowH = 18
  // Room above the rows for two staggered lines of stage names.
  const top = 48
  const rows = [...groups.entries()]
  const height = top + Math.max(rows.length, 1) * rowH + 24
  const out: string[] = [`<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="时间轴">`]

  // Bands first, their names after, so no band covers the name of the one before.
  const labels: string[] = []
  bands.forEach((b, i) => {
    const x0 = x(toTime(b.start))
    const x1 = x(toTime(b.end) + DAY)
    const href = b.line !== undefined ? ` href="#L${b.line}"` : ''
    out.push(
      `<a class="stage"${href}><rect class="stage-band stage-${i % 4}" x="${x0.toFixed(1)}" y="${top - 36}" width="${Math.max(x1 - x0, 1).toFixed(1)}" height="${height - top + 12}"><title>${escapeHtml(`${b.name}：${b.start} — ${b.end}`)}</title></rect></a>`,
    )
    labels.push(`<text class="stage-label" x="${(x0 + 4).toFixed(1)}" y="${i % 2 ? top - 24 : top - 10}">${escapeHtml(b.name)}</text>`)
  })
  out.push(...labels)

  // Year ticks along the bottom.
  const y0 = new Date(lo).getUTCFullYear()
  const y1 = new Date(hi).getUTCFullYear()
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 14))
  for (let y = y0; y <= y1 + 1; y += step) {
    const t = Date.UTC(y, 0, 1)
    if (t < lo || t > hi) continue
    out.push(`<line class="tick" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 4}" y2="${height - 20}"/><text class="tick-label" x="${x(t).toFixed(1)}" y="${height - 6}">${y}</text>`)
  }

  rows.forEach(([unit, points], r) => {
    const y = top + r * rowH + rowH / 2
    out.push(
      `<g class="lead-row" data-unit="${escapeHtml(unit)}"><line class="row-rule" x1="${left}" x2="${right}" y1="${y}" y2="${y}"/><text class="row-label" x="${left - 6}" y="${y + 4}">${escapeHtml(unit)}</text>`,
    )
    for (const p of points) {
      const a = x(toTime(p.start))
      const b = x(toTime(p.end) + (p.end === p.start ? 0 : DAY))
      const href = p.line !== undefined ? ` href="#L${p.line}" data-task-line="${p.line}"` : ''
      const shape = b - a >= 4 ? `<rect x="${a.toFixed(1)}" y="${y - 4}" width="${(b - a).toFixed(1)}" height="8" rx="4"/>` : `<circle cx="${a.toFixed(1)}" cy="${y}" r="4.5"/>`
      out.push(`<a class="deadline-mark"${href}>${shape}<title>${escapeHtml(`${p.label}（${p.start === p.end ? p.start : `${p.start} — ${p.end}`}）`)}</title></a>`)
    }
    out.push('</g>')
  })

  const vline = (t: number, cls: string, label: string) => {
    const clamped = Math.min(Math.max(t, lo), hi)
    const xx = x(clamped)
    const arrow = t > hi ? ' →' : t < lo ? '← ' : ''
    out.push(
      `<g class="${cls}"><line x1="${xx.toFixed(1)}" x2="${xx.toFixed(1)}" y1="${top - 24}" y2="${height - 20}"/><text x="${(xx + 3).toFixed(1)}" y="${height - 22}" text-anchor="${t > hi ? 'end' : 'start'}">${escapeHtml(arrow.startsWith('←') ? arrow + label : label + arrow)}</text></g>`,
    )
  }
  if (docDate) vline(toTime(docDate), 'doc-date', `成文 ${docDate}`)
  vline(today, 'today', `今天 ${options.today}`)
  out.push('</svg>')
  return out.join('\n')
}
