import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runReport } from '../../src/cli/report.js'
import { runValidate } from '../../src/cli/validate.js'
import { parse, responsibilityTable, validate, type PolicyDocument } from '../../src/index.js'
import { formatHtml } from '../../src/validate/index.js'
import { highlightText, renderReport, stageBands, timelineSvg, reportPage } from '../../src/report/index.js'
import { sha256Hex } from '../../src/text/sha256.js'
import { sha256Hex as sha256Browser } from '../../src/text/sha256.browser.js'
import { allDocuments, seed } from '../helpers.js'

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length
const roleUnits = (doc: PolicyDocument) => allDocuments(doc).flatMap((d) => d.tasks.flatMap((t) => t.roles.flatMap((r) => r.units)))

describe('report of seed 002 (68 projects, 4 stages)', () => {
  const text = seed('002')
  const doc = parse(text)
  const html = renderReport(doc, text, { today: '2026-11-30', findings: validate(doc) })

  it('one table row per responsibility row, one band per stage, one highlight per role unit', () => {
    expect(responsibilityTable(doc)).toHaveLength(68)
    expect(count(html, /<tr data-index=/g)).toBe(68)
    expect(count(html, /class="stage-band /g)).toBe(4)
    const units = roleUnits(doc)
    expect(units.length).toBeGreaterThan(400)
    expect(count(html, /<mark class="unit role-/g)).toBe(units.length)
    expect(count(html, /<mark class="unit role-lead"/g)).toBe(allDocuments(doc).flatMap((d) => d.tasks.flatMap((t) => t.roles.filter((r) => r.role === 'lead').flatMap((r) => r.units))).length)
  })

  it('a highlight wraps exactly the unit it marks, on its line', () => {
    // 由市公安局牵头 on the line of task 二/（五）/26 (反恐怖工作建设项目).
    const task = doc.tasks.find((t) => t.title.startsWith('反恐怖工作'))!
    const lead = task.roles.find((r) => r.role === 'lead')!.units[0]
    expect(lead.name).toBe('市公安局')
    const line = lead.position!.start.line
    const segment = html.slice(html.indexOf(`id="L${line}"`), html.indexOf(`id="L${line + 1}"`))
    expect(segment).toMatch(/由<mark class="unit role-lead" title="[^"]*" data-task-line="\d+">市公安局<\/mark>牵头/)
  })

  it('stages become bands with both ends (the first stage starts with the plan period)', () => {
    expect(stageBands(doc).map((b) => [b.start, b.end])).toEqual([
      ['2013-01-01', '2013-12-31'],
      ['2014-01-01', '2015-12-31'],
      ['2016-01-01', '2017-12-31'],
      ['2018-01-01', '2022-12-31'],
    ])
  })

  it('the text is complete: removing the markup gives the source back', () => {
    const body = html.slice(html.indexOf('<div class="text" id="text">') + 28, html.lastIndexOf('</div></div>'))
    const plain = body
      .replace(/<span class="note[^>]*>[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(plain).toBe(text)
  })
})

describe('timeline', () => {
  it('deadlines are marks on the row of their lead unit, linked to the clause; document date and today are lines', () => {
    const text = '关于做好2015年工作的通知\n\n一、完善制度。由市司法局牵头，2015年6月底前完成。\n二、建立台账。由市财政局负责，2015年9月底前完成。\n\n市人民政府\n2015年3月1日\n'
    const doc = parse(text)
    const svg = timelineSvg(doc, { today: '2015-08-01' })
    expect(count(svg, /class="lead-row"/g)).toBe(2)
    expect(svg).toContain('data-unit="市司法局"')
    expect(svg).toMatch(/<a class="deadline-mark" href="#L3" data-task-line="3">/)
    expect(svg).toContain('成文 2015-03-01')
    expect(svg).toContain('今天 2015-08-01')
  })
})

describe('highlightText', () => {
  it('escapes markup, numbers lines, and cuts a crossing mark instead of dropping it', () => {
    const html = highlightText(
      'a<b\nc&d',
      [
        { start: 0, end: 3, kind: 'unit', role: 'lead', title: 'x' },
        { start: 2, end: 6, kind: 'deadline', title: 'y' },
      ],
      [{ line: 2, severity: 'warning', text: 'w' }],
    )
    expect(count(html, /<mark /g)).toBe(2)
    expect(html).toContain('<mark class="unit role-lead" title="x">a&lt;b</mark>')
    expect(html).toContain('<span class="line" id="L2"><span class="note note-warning" title="warning: w">●</span></span>')
  })

  it('numbers lines as positions do: LF, CRLF and a lone CR', () => {
    const text = '一\r二\r\n三\n四'
    const doc = parse(text)
    const html = highlightText(text, [], [])
    expect(count(html, /class="line" id="L\d+"/g)).toBe(4)
    expect(html.indexOf('id="L3"')).toBeLessThan(html.indexOf('三'))
    expect(doc.position?.end.line).toBe(4)
  })

  it('inlines the page script safely', () => {
    const page = reportPage({ title: 't', body: '', script: 'var s = "</script><b>"' })
    expect(page).toContain('<script>var s = "<\\/script><b>"</script>')
  })
})

describe('browser twins', () => {
  it('the pure sha256 equals node:crypto on the seeds', () => {
    for (const p of ['000', '002', '004']) expect(sha256Browser(seed(p))).toBe(sha256Hex(seed(p)))
    expect(sha256Browser('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

describe('validate --format html', () => {
  it('shows each finding with its source line and underlines its span', () => {
    const text = seed('003')
    const doc = parse(text, { path: 'corpus/seeds/003.txt' })
    const findings = validate(doc)
    expect(findings.length).toBeGreaterThan(0)
    const f = findings.find((x) => x.position && x.position.start.line === x.position.end.line)!
    const html = formatHtml([{ file: 'plan.txt', findings }], { rules: [], source: () => text })
    const line = text.split('\n')[f.position!.start.line - 1]
    const underlined = line.slice(f.position!.start.column - 1, f.position!.end.column - 1)
    expect(html).toContain(`<tr class="hit"><th>${f.position!.start.line}</th>`)
    expect(html).toContain(`<u>${underlined}</u>`)
    expect(count(html, /<li class="(error|warning)">/g)).toBe(findings.length)
    // Without a source reader the findings are still listed, without excerpts.
    const bare = formatHtml([{ file: 'plan.txt', findings }], { rules: [] })
    expect(count(bare, /<table class="src">/g)).toBe(0)
    expect(count(bare, /<li class="(error|warning)">/g)).toBe(findings.length)
  })
})

/** A writable that keeps what is written. */
function sink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, done) {
      w.text += String(chunk)
      done()
    },
  }) as Writable & { text: string }
  w.text = ''
  return w
}

describe('the commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-report-'))

  it('gongwen report writes one page with the report of the file', () => {
    const file = join(dir, 'plan.txt')
    writeFileSync(file, seed('002'))
    const out = join(dir, 'plan.html')
    const err = sink()
    expect(runReport([file, '--out', out, '--today', '2026-11-30'], sink(), err)).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<title>创建平安广州推进方案（2013-2022年）</title>')
    expect(count(html, /<tr data-index=/g)).toBe(68)
    expect(html).toContain('今天 2026-11-30')
    // No reference to anything outside the page.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('gongwen report: usage errors exit 2, an unreadable file 1', () => {
    const err = sink()
    expect(runReport([], sink(), err)).toBe(2)
    expect(err.text).toContain('one input file expected')
    expect(runReport(['x.txt', '--today', '30.11.2026'], sink(), sink())).toBe(2)
    expect(runReport([join(dir, 'missing.txt')], sink(), sink())).toBe(1)
  })

  it('gongwen validate --format html shows the source lines of the findings', async () => {
    const file = join(dir, 'plan003.txt')
    writeFileSync(file, seed('003'))
    const out = sink()
    expect(await runValidate([file, '--format', 'html'], out, sink())).toBe(0)
    expect(out.text).toContain('<!DOCTYPE html>')
    expect(out.text).toMatch(/<li class="warning"><div><span class="sev">warning<\/span> <code class="rule">deadline-after-document<\/code>/)
    expect(out.text).toContain('<tr class="hit"><th>199</th><td>  进度安排:<u>2015年1月底前</u>')
  })
})
