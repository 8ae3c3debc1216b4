import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A government site's toolbar (accessibility, elderly mode, home-page links) printed above the
// title by a scraper: the outside probes met it on four sites (test/gold/outside/outside6.md).
const FIXTURE = new URL('../fixtures/formats/toolbar/county-page.txt', import.meta.url).pathname

describe('site toolbar lines above the title', () => {
  it('are dropped as chrome, so the title below them is the title', () => {
    const doc = parse(readFileSync(FIXTURE, 'utf8'))
    expect(doc.meta.title).toBe('平山县人民政府办公室关于印发平山县农村人居环境整治提升行动方案的通知')
    expect(doc.meta.issuers).toEqual(['平山县人民政府办公室'])
    const removed = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed' && d.message.includes('site-toolbar'))
    expect(removed.map((d) => d.position?.start.line)).toEqual([1, 2])
  })

  it('a single toolbar word or a sentence about accessibility stays', () => {
    const doc = parse('关于推进无障碍环境建设的通知\n各区人民政府：\n　　无障碍浏览 长者模式等适老化改造要在年底前完成。\n')
    expect(doc.meta.title).toBe('关于推进无障碍环境建设的通知')
    expect(doc.diagnostics.some((d) => d.message.includes('site-toolbar'))).toBe(false)
  })
})
