import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside95 06: a spam mirror of a portal's label block, the spaces inside its label names lost as runs of `?`

describe('labels spaced out with runs of ? where a page lost its spaces', () => {
  const page = (label: string) =>
    `${label}: 014500815/2024-84057 发文机关: 省政府办公厅 文??????号: 青府厅字〔2024〕35号\n标??? ???题:\n青溪省人民政府办公厅关于印发《青溪省自然灾害救助应急预案》的通知\n青溪省人民政府办公厅关于印发《青溪省自然灾害救助应急预案》的通知\n各市、县（区）人民政府，省政府各部门：\n经省政府同意，现将《青溪省自然灾害救助应急预案》印发给你们，请认真贯彻实施。\n2024年8月15日\n`

  it('reads them as labels, and the title and 字号 under them', () => {
    const doc = parse(page('索??引??号'))
    expect([doc.meta.title, doc.meta.docNumber?.normalized]).toEqual(['青溪省人民政府办公厅关于印发《青溪省自然灾害救助应急预案》的通知', '青府厅字〔2024〕35号'])
    expect(doc.diagnostics.some((d) => d.code === 'lost-spaces-removed')).toBe(true)
  })

  it('leaves a single ? standing for a lost character in running text (guard)', () => {
    const doc = parse('关于公布第四批产业园名单的公示\n拟将通榆县肉?现代农业产业园等认定为第四批省级现代农业产业园。\n')
    expect(doc.diagnostics.some((d) => d.code === 'lost-spaces-removed')).toBe(false)
  })
})
