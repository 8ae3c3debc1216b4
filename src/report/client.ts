/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report page's script (built by tsup into dist/report-client.js with the browser twins,
 * inlined by `gongwen report`): sorting and filtering of the table, jumps from the table and the
 * timeline to the text, and "paste a document": parse() and renderReport() run in the page.
 * `window.gongwen` exposes the embedded library (parse, responsibilityTable, extractDeadlines),
 * `render(text)` and `bind()` (wires a report put into `<main>`). validate() is left out of the
 * page: it brings zod (≈ 450 KB minified), which parse() does not need; a pasted document's
 * margin shows the parser's diagnostics.
 */
import { parse } from '../parse.js'
import { responsibilityTable } from '../emit/table.js'
import { extractDeadlines } from '../extract/time/index.js'
import { renderReport } from './render.js'

/** Re-renders the report for a pasted document. */
function render(text: string, file = '（粘贴的文档）'): void {
  const doc = parse(text)
  const today = new Date().toISOString().slice(0, 10)
  const main = document.getElementById('report')!
  main.innerHTML = renderReport(doc, text, { today, file })
  bind()
  window.scrollTo(0, 0)
}

function bind(): void {
  const table = document.getElementById('tasks') as HTMLTableElement | null
  if (table) bindTable(table)
  // Timeline marks and table rows jump to their clause and flash it.
  document.querySelectorAll<HTMLElement>('a.deadline-mark[data-task-line], #tasks tbody tr[data-line]').forEach((el) => {
    el.addEventListener('click', (e) => {
      const line = el.getAttribute('data-task-line') ?? el.getAttribute('data-line')
      if (!line || (e.target as HTMLElement).closest('a[href^="#L"]:not(.deadline-mark)')) return
      jumpTo(Number(line))
      e.preventDefault()
    })
  })
}

function jumpTo(line: number): void {
  const anchor = document.getElementById(`L${line}`)
  if (!anchor) return
  anchor.scrollIntoView({ block: 'center' })
  history.replaceState(null, '', `#L${line}`)
  anchor.classList.remove('flash')
  void anchor.offsetWidth
  anchor.classList.add('flash')
}

function bindTable(table: HTMLTableElement): void {
  const tbody = table.tBodies[0]
  const rows = [...tbody.rows]
  const unit = document.getElementById('f-unit') as HTMLInputElement
  const role = document.getElementById('f-role') as HTMLSelectElement
  const from = document.getElementById('f-from') as HTMLInputElement
  const to = document.getElementById('f-to') as HTMLInputElement
  const count = document.getElementById('f-count')!
  const roles = ['lead', 'responsible', 'participant', 'leader', 'assessor']
  const apply = () => {
    const u = unit.value.trim()
    const r = role.value
    let shown = 0
    for (const row of rows) {
      const unitsOf = (role: string) => [...row.querySelectorAll(`.chip.role-${role}`)].map((c) => c.textContent ?? '')
      const inRoles = r ? [r] : roles
      const units = inRoles.flatMap(unitsOf)
      let ok = u ? units.includes(u) : r ? units.length > 0 : true
      if (ok && (from.value || to.value)) {
        const dates = (row.dataset.dates ?? '').split(' ').filter(Boolean)
        ok = dates.some((d) => (!from.value || d >= from.value) && (!to.value || d <= to.value))
      }
      row.hidden = !ok
      if (ok) shown++
    }
    count.textContent = `${shown} / ${rows.length}`
    // Outline the filtered unit's chips.
    table.querySelectorAll('.chip').forEach((c) => c.classList.toggle('hit', u !== '' && c.textContent === u))
  }
  for (const el of [unit, role, from, to]) el.addEventListener('input', apply)
  table.tHead!.querySelectorAll('th').forEach((th, col) => {
    th.addEventListener('click', () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1
      table.tHead!.querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'))
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending')
      const key = (row: HTMLTableRowElement) => row.cells[col].dataset.sort ?? ''
      const sorted = [...tbody.rows].sort((a, b) => dir * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : Number(a.dataset.index) - Number(b.dataset.index)))
      tbody.append(...sorted)
    })
  })
}

function bindPaste(): void {
  const dialog = document.getElementById('paste') as HTMLDialogElement | null
  const open = document.getElementById('paste-open')
  if (!dialog || !open) return
  open.addEventListener('click', () => dialog.showModal())
  dialog.querySelector('form')!.addEventListener('submit', (e) => {
    const text = (dialog.querySelector('textarea') as HTMLTextAreaElement).value
    if ((e as SubmitEvent).submitter?.getAttribute('value') === 'parse' && text.trim()) render(text)
  })
}

declare global {
  interface Window {
    gongwen: { parse: typeof parse; responsibilityTable: typeof responsibilityTable; extractDeadlines: typeof extractDeadlines; render: typeof render; bind: typeof bind }
  }
}
window.gongwen = { parse, responsibilityTable, extractDeadlines, render, bind }
bind()
bindPaste()
