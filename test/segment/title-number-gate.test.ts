import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A flattened first line running title, 字号 and text together is cut where the 字号 stands, when its 〔
// stands 6–150 code units from the line's start. The line is looked up for a 〔 there before the regex runs
// (issue #14: the regex opens with a lookbehind, so it was tried at every position of the line, reading back
// up to 150 units from each — ≈ 30 µs on a 100-character line, far more on a whole flattened page).
// Texts written for this test.
const TITLE = '青山县人民政府办公室关于做好冬春季森林防火工作的通知'
const BODY = '各乡镇人民政府，县直各单位：为切实做好今冬明春森林防火工作，现将有关事项通知如下。一、落实防火责任。各乡镇要落实属地责任，县林业局负责督促检查。'

describe('a 字号 run into a flattened first line', () => {
  it('is the document’s when its 〔 stands within 150 units of the line start', () => {
    const doc = parse(`${TITLE}青政办发〔2024〕12号${BODY}`)
    expect(doc.meta.title).toBe(TITLE)
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2024〕12号')
    expect(doc.meta.docNumber?.position?.start.offset).toBe(TITLE.length)
  })

  it('is not looked for past 150 units', () => {
    const long = TITLE.repeat(6)
    expect(long.length + 4).toBeGreaterThan(150)
    const doc = parse(`${long}青政办发〔2024〕12号${BODY}`)
    expect(doc.meta.docNumber).toBeNull()
  })
})
