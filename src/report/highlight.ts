import { escapeHtml } from './escape.js'
import type { Mark } from './marks.js'

/** A note shown in the left margin of a line (a diagnostic or a validation finding). */
export interface MarginNote {
  line: number
  severity: 'error' | 'warning' | 'info'
  text: string
}

/**
 * The source text as HTML: each line starts with an anchor `id="L<n>"` (and its margin notes),
 * each mark becomes `<mark class="unit role-lead">…</mark>` where it stands. Marks are laid out
 * by offsets; one that crosses an earlier mark is cut at that mark's end, so every mark keeps
 * exactly one element (the report's tests count them).
 * @example highlightText('由市公安局负责', [{ start: 1, end: 5, kind: 'unit', role: 'lead', title: '' }], [])
 * // '<span class="line" id="L1"></span>由<mark class="unit role-lead" title="">市公安局</mark>负责'
 */
export function highlightText(text: string, marks: Mark[], notes: MarginNote[]): string {
  const sorted = [...marks].filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end)
  const notesByLine = new Map<number, MarginNote[]>()
  for (const n of notes) notesByLine.set(n.line, [...(notesByLine.get(n.line) ?? []), n])

  // Boundary events: opening and closing tags at offsets, and line starts.
  const opens = new Map<number, Mark[]>()
  const closes = new Map<number, number>()
  const stack: number[] = []
  for (const m of sorted) {
    while (stack.length > 0 && stack[stack.length - 1] <= m.start) stack.pop()
    let start = m.start
    // Crossing an open mark (starts inside, ends after it): start this one after it.
    if (stack.length > 0 && m.end > stack[stack.length - 1]) start = stack[stack.length - 1]
    opens.set(start, [...(opens.get(start) ?? []), { ...m, start }])
    closes.set(m.end, (closes.get(m.end) ?? 0) + 1)
    stack.push(m.end)
  }

  const out: string[] = []
  let line = 1
  const lineStart = () => {
    const ns = notesByLine.get(line) ?? []
    const margin = ns.length ? `<span class="note note-${worst(ns)}" title="${escapeHtml(ns.map((n) => `${n.severity}: ${n.text}`).join('\n'))}">${ns.length > 1 ? ns.length : '●'}</span>` : ''
    out.push(`<span class="line" id="L${line}">${margin}</span>`)
  }
  lineStart()
  let depth = 0
  let from = 0
  const flush = (to: number) => {
    if (to > from) out.push(escapeHtml(text.slice(from, to)))
    from = to
  }
  for (let i = 0; i <= text.length; i++) {
    const c = closes.get(i)
    const o = opens.get(i)
    if (c || o) flush(i)
    if (c) {
      for (let k = 0; k < c && depth > 0; k++, depth--) out.push('</mark>')
    }
    if (o) {
      for (const m of o) {
        const cls = m.kind === 'unit' ? `unit role-${m.role}` : 'deadline'
        const jump = m.taskLine !== undefined ? ` data-task-line="${m.taskLine}"` : ''
        out.push(`<mark class="${cls}" title="${escapeHtml(m.title)}"${jump}>`)
        depth++
      }
    }
    // Line breaks as SourceText counts them: LF, CRLF, and a lone CR.
    if (i < text.length && (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n'))) {
      flush(i + 1)
      line++
      lineStart()
    }
  }
  flush(text.length)
  while (depth-- > 0) out.push('</mark>')
  return out.join('')
}

function worst(ns: MarginNote[]): string {
  return ns.some((n) => n.severity === 'error') ? 'error' : ns.some((n) => n.severity === 'warning') ? 'warning' : 'info'
}
