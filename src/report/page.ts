import { escapeHtml } from './escape.js'

/** The page's styles: system fonts only (a CJK sans from the system), print-friendly. */
const CSS = `
:root{--lead:#c0392b;--responsible:#d35400;--participant:#2471a3;--leader:#7d3c98;--assessor:#1e8449;--deadline:#f7dc6f;--ink:#1c2833;--muted:#5d6d7e;--rule:#d5d8dc}
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#fbfcfc}
#report{max-width:1280px;margin:0 auto;padding:12px 20px 40px}
header h1{font-size:22px;margin:8px 170px 2px 0}
.meta{color:var(--muted);margin:0}
.toolbar{position:fixed;top:8px;right:12px;z-index:5}
.toolbar button{font:inherit;padding:3px 10px;border:1px solid var(--rule);background:#fff;border-radius:4px;cursor:pointer}
h2{font-size:16px;margin:22px 0 8px;border-bottom:1px solid var(--rule);padding-bottom:3px}
.timeline{width:100%;height:auto;font-size:11px}
.timeline .stage-band{opacity:.45}.stage-0{fill:#d6eaf8}.stage-1{fill:#d5f5e3}.stage-2{fill:#fdebd0}.stage-3{fill:#ebdef0}
.timeline .stage-label{font-weight:600;fill:#34495e}
.timeline .tick{stroke:#eaeded}.timeline .tick-label{fill:var(--muted);text-anchor:middle}
.timeline .row-rule{stroke:#f2f3f4}.timeline .row-label{text-anchor:end;fill:var(--ink)}
.timeline .deadline-mark{fill:var(--lead);cursor:pointer}.timeline .deadline-mark:hover{fill:#000}
.timeline .doc-date line{stroke:#2c3e50;stroke-dasharray:4 3}.timeline .today line{stroke:#e74c3c;stroke-width:1.5}
.timeline .doc-date text{fill:#2c3e50}.timeline .today text{fill:#e74c3c}
.filters{display:flex;gap:14px;flex-wrap:wrap;align-items:center;margin-bottom:6px}
.filters input,.filters select{font:inherit;padding:1px 4px}
#f-count{color:var(--muted)}
table.tasks{border-collapse:collapse;width:100%;font-size:13px}
.tasks th{position:sticky;top:0;background:#f4f6f6;text-align:left;cursor:pointer;white-space:nowrap;border-bottom:2px solid var(--rule);padding:3px 6px}
.tasks th[aria-sort=ascending]::after{content:" ▲"}.tasks th[aria-sort=descending]::after{content:" ▼"}
.tasks td{border-bottom:1px solid #eef0f1;padding:3px 6px;vertical-align:top}
.tasks tbody tr:hover{background:#f8f9f9}
.tasks td.path{white-space:nowrap}.tasks td.title{min-width:11em}
.tasks .sub{color:var(--muted);font-size:12px}
.chip{display:inline-block;border-radius:3px;padding:0 4px;margin:1px 2px 1px 0;font-size:12px;color:#fff;white-space:nowrap}
.chip.role-lead{background:var(--lead)}.chip.role-responsible{background:var(--responsible)}.chip.role-participant{background:var(--participant)}.chip.role-leader{background:var(--leader)}.chip.role-assessor{background:var(--assessor)}
.chip.hit{outline:2px solid #17202a;outline-offset:1px}
.due{white-space:nowrap}
.findings{list-style:none;padding:0}.findings li{padding:1px 0}.findings .error b{color:#c0392b}.findings .warning b{color:#b9770e}
.empty{color:var(--muted)}
.legend{margin-bottom:6px}
.reader{display:grid;grid-template-columns:260px 1fr;gap:16px;align-items:start}
nav.clauses{position:sticky;top:8px;max-height:92vh;overflow:auto;font-size:12px;border-right:1px solid var(--rule);padding-right:6px}
nav.clauses ul{list-style:none;margin:0;padding-left:12px}nav.clauses>ul{padding-left:0}
nav.clauses a{color:var(--ink);text-decoration:none;display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
nav.clauses a:hover{text-decoration:underline}
.text{white-space:pre-wrap;word-break:break-all;padding-left:28px;position:relative;font-size:15px;line-height:1.9}
.line{position:relative}
.note{position:absolute;left:-26px;width:20px;text-align:center;font-size:11px;cursor:help;border-radius:8px;color:#fff;line-height:16px;margin-top:3px}
.note-error{background:#c0392b}.note-warning{background:#d68910}.note-info{background:#aab7b8}
.line.flash::after{content:"";position:absolute;left:-28px;width:4px;height:1.9em;background:#e74c3c}
mark{background:none;color:inherit;border-radius:2px}
mark.unit{padding:0 1px;font-weight:600}
mark.role-lead{background:#fadbd8;color:var(--lead)}mark.role-responsible{background:#fae5d3;color:var(--responsible)}mark.role-participant{background:#d6eaf8;color:var(--participant)}mark.role-leader{background:#e8daef;color:var(--leader)}mark.role-assessor{background:#d4efdf;color:var(--assessor)}
mark.deadline{background:var(--deadline);border-bottom:2px solid #d4ac0d}
dialog{width:min(800px,92vw)}dialog textarea{width:100%;height:50vh;font:inherit}
@media print{.toolbar,nav.clauses{display:none}.reader{display:block}}
`

/** Makes a script safe to inline: no `</script` can close the element early. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}

/**
 * The whole self-contained page: styles, the rendered report in `<main id="report">`, the paste
 * dialog, and the client script (sorting, filtering, the embedded parser) inline. No network.
 * @example reportPage({ title: '创建平安广州推进方案', body: renderReport(doc, text, opts), script })
 */
export function reportPage(parts: { title: string; body: string; script?: string }): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="gongwen report">
<title>${escapeHtml(parts.title)}</title>
<style>${CSS}</style></head>
<body>
<div class="toolbar"><button id="paste-open" type="button">粘贴另一份文件…</button></div>
<main id="report">
${parts.body}
</main>
<dialog id="paste"><form method="dialog"><p>粘贴一份公文全文，在本页解析（不联网）：</p><textarea name="text" spellcheck="false"></textarea>
<p><button value="parse">解析</button> <button value="cancel">取消</button></p></form></dialog>
${parts.script ? `<script>${inlineScript(parts.script)}</script>` : ''}
</body></html>
`
}
