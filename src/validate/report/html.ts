import type { Finding } from '../types.js'
import { counts, plural, type FileResult, type ReportContext } from './types.js'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Lines of context shown before and after a finding's line. */
const CONTEXT = 1

/** The source lines of a finding, its own line marked and its span (when on one line) underlined. */
function excerpt(lines: string[], f: Finding): string {
  if (!f.position) return ''
  const { start, end } = f.position
  const from = Math.max(1, start.line - CONTEXT)
  const to = Math.min(lines.length, end.line + CONTEXT, start.line + 6)
  const rows: string[] = []
  for (let n = from; n <= to; n++) {
    const text = lines[n - 1] ?? ''
    let html = esc(text)
    if (n >= start.line && n <= end.line) {
      // Columns are 1-based code units; a span over several lines is underlined to the line's end.
      const a = n === start.line ? start.column - 1 : 0
      const b = n === end.line ? Math.max(end.column - 1, a + 1) : text.length
      html = `${esc(text.slice(0, a))}<u>${esc(text.slice(a, b)) || ' '}</u>${esc(text.slice(b))}`
    }
    const own = n >= start.line && n <= end.line ? ' class="hit"' : ''
    rows.push(`<tr${own}><th>${n}</th><td>${html}</td></tr>`)
  }
  return `<table class="src">${rows.join('')}</table>`
}

/**
 * One self-contained HTML page of findings for CI artifacts: a summary, then per file each finding
 * with its rule, message and the source lines it points at (when `context.source` can read the file).
 * @example writeFileSync('findings.html', formatHtml(results, { rules, source: (f) => readFileSync(f, 'utf8') }))
 */
export function formatHtml(results: FileResult[], context: ReportContext): string {
  const { errors, warnings } = counts(results)
  const total = errors + warnings
  const files = results.map((r) => {
    const text = r.findings.some((f) => f.position) ? context.source?.(r.file) : undefined
    const lines = text?.split(/\r\n|\r|\n/) ?? []
    const items = r.findings.map((f) => {
      const sev = f.severity === 'error' ? 'error' : 'warning'
      const where = f.position ? `${r.file}:${f.position.start.line}:${f.position.start.column}` : r.file
      const cell = f.row !== undefined ? ` <span class="cell">row ${f.row}${f.column ? `, ${esc(f.column)}` : ''}</span>` : ''
      return `<li class="${sev}"><div><span class="sev">${sev}</span> <code class="rule">${esc(f.ruleId)}</code> ${esc(f.message)}${cell} <span class="where">${esc(where)}</span></div>${lines.length ? excerpt(lines, f) : ''}</li>`
    })
    const c = counts([r])
    return `<section><h2>${esc(r.file)} <small>${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}</small></h2>${items.length ? `<ol>${items.join('')}</ol>` : '<p class="ok">no problems</p>'}</section>`
  })
  const rules = context.rules.map((r) => `<li><code>${esc(r.id)}</code> ${esc(r.setting)}${r.skip ? ` (skipped: ${esc(r.skip)})` : ''}</li>`).join('')
  const summary =
    total === 0 ? `✔ 0 problems (${plural(results.length, 'file')})` : `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(results.length, 'file')}`
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>gongwen validate: ${esc(summary)}</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:20px auto;max-width:1100px;padding:0 16px;color:#1c2833}
h1{font-size:20px}h2{font-size:16px;border-bottom:1px solid #d5d8dc}h2 small{color:#5d6d7e;font-weight:normal}
ol{padding-left:22px}li{margin:10px 0}.sev{font-weight:600;text-transform:uppercase;font-size:11px;padding:1px 5px;border-radius:3px;color:#fff}
.error .sev{background:#c0392b}.warning .sev{background:#d68910}.rule{color:#5d6d7e}.where,.cell{color:#5d6d7e;font-size:12px}
table.src{border-collapse:collapse;margin-top:4px;font-size:13px;background:#f8f9f9;width:100%}
.src th{color:#99a3a4;font-weight:normal;text-align:right;padding:0 8px;width:3em;vertical-align:top}.src td{white-space:pre-wrap;word-break:break-all}
.src tr.hit{background:#fef5e7}.src u{text-decoration:underline wavy #c0392b}.ok{color:#1e8449}
details{margin-top:24px;color:#5d6d7e}
</style></head><body>
<h1>${esc(summary)}</h1>
${files.join('\n')}
<details><summary>rules</summary><ul>${rules}</ul></details>
</body></html>
`
}
