/**
 * The HTML report in a real browser: Debian's Chromium driven by puppeteer-core (no browser
 * download). Needs the build (dist/report-client.js: `npm run build`, which .ci/run does first)
 * and /usr/bin/chromium (.ci/run installs it). Skipped only outside CI when Chromium is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { extractDeadlines, parse, responsibilityTable, validate, type PolicyDocument } from '../../src/index.js'
import { renderReport, reportPage } from '../../src/report/index.js'
import { allDocuments, CORPUS } from '../helpers.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CLIENT = new URL('../../dist/report-client.js', import.meta.url)
const SHOTS = new URL('./screenshots/', import.meta.url).pathname
const TODAY = '2026-11-30'

const seeds = readdirSync(join(CORPUS, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(CORPUS, 'seeds', f), 'utf8') }))
const seed002 = seeds.find((s) => s.name.startsWith('002'))!

/** The page `gongwen report` writes for a text (same functions as src/cli/report.ts). */
function page(text: string, file: string, script: string): string {
  const doc = parse(text)
  return reportPage({ title: doc.meta.title ?? file, body: renderReport(doc, text, { today: TODAY, findings: validate(doc), file }), script })
}

const roleUnits = (doc: PolicyDocument) => allDocuments(doc).flatMap((d) => d.tasks.flatMap((t) => t.roles.flatMap((r) => r.units)))

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('report in Chromium', () => {
  let browser: Browser
  let tab: Page
  let script: string
  const errors: string[] = []

  beforeAll(async () => {
    if (!existsSync(CLIENT)) throw new Error('dist/report-client.js is missing: run `npm run build` first')
    script = readFileSync(CLIENT, 'utf8')
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
    tab = await browser.newPage()
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    tab.on('pageerror', (e) => errors.push(String(e)))
    tab.on('requestfailed', (r) => errors.push(`request ${r.url()}`))
    await tab.setViewport({ width: 1280, height: 1600 })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('seed 002: 68 task rows, 4 stage bands, one highlight per role unit, no request, no error', async () => {
    const requests: string[] = []
    const onRequest = (r: { url(): string }) => requests.push(r.url())
    tab.on('request', onRequest)
    errors.length = 0
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    tab.off('request', onRequest)
    const doc = parse(seed002.text)
    expect(await tab.$$eval('#tasks tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length)).toBe(68)
    expect(await tab.$$eval('rect.stage-band', (r) => r.length)).toBe(4)
    const units = roleUnits(doc)
    expect(await tab.$$eval('mark.unit', (m) => m.length)).toBe(units.length)
    expect(await tab.$$eval('mark.unit.role-lead', (m) => m.map((e) => e.textContent))).toEqual(
      allDocuments(doc).flatMap((d) => d.tasks.flatMap((t) => t.roles.filter((r) => r.role === 'lead').flatMap((r) => r.units.map((u) => u.name)))),
    )
    // Nothing leaves the page (setContent itself is about:blank).
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([])
    expect(errors).toEqual([])
  })

  it('filtering by 市公安局 leaves its rows only; role and date filters narrow further', async () => {
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    const rows = responsibilityTable(parse(seed002.text))
    const has = (r: (typeof rows)[number], u: string) => [...r.lead, ...r.responsible, ...r.participants, ...r.leaders, ...(r.assessors ?? [])].includes(u)
    const setFilter = async (selector: string, value: string) => {
      await tab.$eval(
        selector,
        (el, v) => {
          ;(el as HTMLInputElement).value = v
          el.dispatchEvent(new Event('input', { bubbles: true }))
        },
        value,
      )
    }
    const visible = () =>
      tab.$$eval('#tasks tbody tr', (trs) => trs.filter((r) => !(r as HTMLElement).hidden).map((r) => ({ index: Number((r as HTMLElement).dataset.index), text: r.textContent ?? '' })))
    await setFilter('#f-unit', '市公安局')
    const shown = await visible()
    const expected = rows.flatMap((r, i) => (has(r, '市公安局') ? [i] : []))
    expect(expected.length).toBeGreaterThan(10)
    expect(shown.map((r) => r.index)).toEqual(expected)
    for (const r of shown) expect(r.text).toContain('市公安局')
    expect(await tab.$eval('#f-count', (e) => e.textContent)).toBe(`${expected.length} / 68`)

    await tab.select('#f-role', 'lead')
    await tab.$eval('#f-role', (el) => el.dispatchEvent(new Event('input', { bubbles: true })))
    expect((await visible()).map((r) => r.index)).toEqual(rows.flatMap((r, i) => (r.lead.includes('市公安局') ? [i] : [])))

    // Dates: seed 003 has deadlines in its table (seed 002's projects have none).
    const text003 = seeds.find((x) => x.name.startsWith('003'))!.text
    await tab.setContent(page(text003, '003', script), { waitUntil: 'load' })
    const rows003 = responsibilityTable(parse(text003))
    await setFilter('#f-from', '2015-01-01')
    await setFilter('#f-to', '2015-06-30')
    const dated = rows003.flatMap((r, i) => (r.deadlines.flatMap((d) => d.match(/\d{4}-\d\d-\d\d/g) ?? []).some((d) => d >= '2015-01-01' && d <= '2015-06-30') ? [i] : []))
    expect(dated.length).toBeGreaterThan(0)
    expect(dated.length).toBeLessThan(rows003.length)
    expect((await visible()).map((r) => r.index)).toEqual(dated)
  })

  it('sorting by the lead column orders the rows by lead unit, and back', async () => {
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    const leads = () => tab.$$eval('#tasks tbody tr', (trs) => trs.map((r) => (r as HTMLTableRowElement).cells[2].dataset.sort ?? ''))
    await tab.click('#tasks th[data-col="lead"]')
    const asc = await leads()
    expect(asc).toEqual([...asc].sort())
    await tab.click('#tasks th[data-col="lead"]')
    const desc = await leads()
    expect(desc).toEqual([...asc].sort().reverse())
  })

  it('clicking a timeline mark scrolls to its clause', async () => {
    const text = seeds.find((s) => s.name.startsWith('003'))!.text
    await tab.setContent(page(text, '003', script), { waitUntil: 'load' })
    const marks = await tab.$$('a.deadline-mark')
    expect(marks.length).toBeGreaterThan(0)
    const line = await marks[marks.length - 1].evaluate((a) => a.getAttribute('data-task-line'))
    await marks[marks.length - 1].click()
    await new Promise((r) => setTimeout(r, 200))
    const inView = await tab.$eval(`#L${line}`, (el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.top < window.innerHeight
    })
    expect(inView).toBe(true)
    expect(await tab.evaluate(() => location.hash)).toBe(`#L${line}`)
  })

  it('the five seeds parsed inside the page give the JSON Node gives', async () => {
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    for (const s of seeds) {
      const inPage = await tab.evaluate((t) => JSON.stringify((window as unknown as { gongwen: { parse(t: string): unknown } }).gongwen.parse(t)), s.text)
      // Nothing removed: source.sha256 is computed by the pure implementation and matches node:crypto.
      expect(JSON.parse(inPage), s.name).toEqual(parse(s.text))
    }
  }, 120_000)

  it("dist/browser.js, the library's browser build, imports no Node built-in and runs in the page", async () => {
    const lib = readFileSync(new URL('../../dist/browser.js', import.meta.url), 'utf8')
    expect(lib).not.toMatch(/from\s*["']node:|require\(\s*["']node:|from\s*["'](fs|path|zlib|crypto|worker_threads|os|module)["']/)
    const text = seeds.find((s) => s.name.startsWith('003'))!.text
    await tab.setContent('<!DOCTYPE html><meta charset="utf-8"><title>lib</title>', { waitUntil: 'load' })
    const out = await tab.evaluate(
      async (src, t) => {
        const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }))
        // Built from a string, so vitest does not rewrite this import() for Node.
        const g = await (new Function('u', 'return import(u)') as (u: string) => Promise<Record<string, (...args: unknown[]) => unknown>>)(url)
        const doc = g.parse(t)
        return JSON.stringify({ doc, table: g.responsibilityTable(doc), deadlines: g.extractDeadlines('2015年6月底前完成，12月底前启动。'), findings: g.validate(doc) })
      },
      lib,
      text,
    )
    const doc = parse(text)
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ doc, table: responsibilityTable(doc), deadlines: extractDeadlines('2015年6月底前完成，12月底前启动。'), findings: validate(doc) })))
    expect(errors).toEqual([])
  })

  it('pasting a document renders its report in the page', async () => {
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    const other = seeds.find((s) => s.name.startsWith('000'))!
    await tab.click('#paste-open')
    await tab.$eval('#paste textarea', (el, t) => ((el as HTMLTextAreaElement).value = t), other.text)
    await tab.click('#paste button[value="parse"]')
    await tab.waitForFunction(() => document.querySelectorAll('#tasks tbody tr').length !== 68)
    const doc = parse(other.text)
    expect(await tab.$eval('h1', (h) => h.textContent)).toBe(doc.meta.title)
    expect(await tab.$$eval('#tasks tbody tr', (r) => r.length)).toBe(responsibilityTable(doc).length)
    expect(await tab.$$eval('mark.unit', (m) => m.length)).toBe(roleUnits(doc).length)
  })

  it('writes a screenshot of each seed report', async () => {
    for (const s of seeds) {
      await tab.setContent(page(s.text, s.name, script), { waitUntil: 'load' })
      // An earlier test left a #L… hash: start at the top.
      await tab.evaluate(() => window.scrollTo(0, 0))
      const file = join(SHOTS, `${s.name}.png`)
      await tab.screenshot({ path: file as `${string}.png` })
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG')
    }
    // The README's picture: seed 002 filtered to one unit, so the table, the timeline and the
    // highlighted text fit one screen (copied to docs/report-seed-002.png by hand).
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    await tab.$eval('#f-unit', (el) => {
      ;(el as HTMLInputElement).value = '市公安局'
      el.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await tab.evaluate(() => window.scrollTo(0, 0))
    await tab.setViewport({ width: 1280, height: 1000 })
    await tab.screenshot({ path: join(SHOTS, 'readme-002.png') as `${string}.png` })
    await tab.setViewport({ width: 1280, height: 1600 })
  }, 120_000)

  it('the report of every corpus document renders without a console error', async () => {
    const dir = (d: string) =>
      readdirSync(join(CORPUS, d))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(CORPUS, d, f))
    const files = [...dir('seeds'), ...dir('policy')]
    expect(files.length).toBe(260)
    // One page, the script loaded once: each report's body goes into <main> and the page binds it.
    await tab.setContent(page(seed002.text, seed002.name, script), { waitUntil: 'load' })
    errors.length = 0
    let rows = 0
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      const doc = parse(text)
      const body = renderReport(doc, text, { today: TODAY, findings: validate(doc), file: f })
      const shown = await tab.evaluate((html) => {
        const main = document.getElementById('report')!
        main.innerHTML = html
        ;(window as unknown as { gongwen: { bind(): void } }).gongwen.bind()
        return document.querySelectorAll('#tasks tbody tr').length
      }, body)
      expect(shown, f).toBe(responsibilityTable(doc).length)
      rows += shown
    }
    expect(rows).toBeGreaterThan(500)
    expect(errors).toEqual([])
  }, 600_000)
})
