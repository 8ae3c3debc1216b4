import labels from '../../grammars/header-labels.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'

export type HeaderForm = 'law-db' | 'publish' | 'govcn'

export interface HeaderBlock {
  form: HeaderForm
  /** label (spaces removed, as printed) → value */
  fields: Record<string, string>
  /** view offsets of each value, for positions */
  spans: Record<string, { start: number; end: number }>
  /** Title line printed above a law-db/publish header. */
  titleLine?: Line
  start: number
  end: number
  /** index of the first line after the header */
  next: number
}

const LABEL_FIELD = labels.labels as Record<string, string>
const KNOWN = new Set(Object.keys(LABEL_FIELD))
const LAW_DB_FIELD = /^【([^】]{1,8})】(.*)$/
const COLON_FIELD = /^([\u4e00-\u9fff]{2,6})：([^]*)$/

/** The meta field a header label fills (`发文字号` → `docNumber`), or undefined. */
export function fieldOf(label: string): string | undefined {
  return LABEL_FIELD[label]
}

/**
 * Finds a metadata header at the top of the document in one of the three corpus forms:
 * - law-db: a title line, `文章属性`, `【制定机关】…` lines, `正文`;
 * - publish: `发布部门: …` / `发布文号: …` lines near the top;
 * - gov.cn table: `索引号：` then label and value on separate lines.
 * `isKeywordLine(i)` tells whether the line after `主题词：` is a keyword list (else it is the
 * body's title and 主题词 is empty).
 */
export function findHeader(lines: Line[], isKeywordLine: (i: number) => boolean): HeaderBlock | null {
  const top = Math.min(lines.length, 6)
  // law-db
  for (let i = 0; i < top; i++) {
    if (lines[i].text !== '文章属性') continue
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = i + 1
    for (; j < lines.length; j++) {
      const m = LAW_DB_FIELD.exec(lines[j].text)
      if (!m) break
      const label = m[1]
      fields[label] = m[2].trim()
      spans[label] = { start: lines[j].start + m[0].length - m[2].length, end: lines[j].end }
    }
    const next = lines[j]?.text === '正文' ? j + 1 : j
    return { form: 'law-db', fields, spans, titleLine: i > 0 ? lines[0] : undefined, start: lines[0].start, end: lines[next - 1].end, next }
  }
  // gov.cn table
  if (lines.length > 1 && /^索引号：/.test(lines[0].text)) {
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = 0
    while (j < lines.length) {
      const m = COLON_FIELD.exec(lines[j].text)
      if (!m || !KNOWN.has(m[1])) break
      const label = m[1]
      if (m[2].trim()) {
        fields[label] = m[2].trim()
        spans[label] = { start: lines[j].end - m[2].length, end: lines[j].end }
        j++
        continue
      }
      const value = lines[j + 1]
      const valueIsLabel = value && COLON_FIELD.test(value.text) && KNOWN.has(COLON_FIELD.exec(value.text)![1])
      if (!value || valueIsLabel || (label === '主题词' && !isKeywordLine(j + 1))) {
        fields[label] = ''
        j++
        continue
      }
      fields[label] = value.text
      spans[label] = { start: value.start, end: value.end }
      j += 2
    }
    if (j === 0) return null
    return { form: 'govcn', fields, spans, start: lines[0].start, end: lines[j - 1].end, next: j }
  }
  // publish: `发布部门: …` lines
  for (let i = 0; i < top; i++) {
    const m = COLON_FIELD.exec(lines[i].text)
    if (!m || !KNOWN.has(m[1]) || !m[2].trim()) continue
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = i
    for (; j < lines.length; j++) {
      const f = COLON_FIELD.exec(lines[j].text)
      if (!f || !KNOWN.has(f[1]) || !f[2].trim()) break
      fields[f[1]] = f[2].trim()
      spans[f[1]] = { start: lines[j].end - f[2].trim().length, end: lines[j].end }
    }
    if (Object.keys(fields).length < 2 && !fields['发布文号'] && !fields['发布部门']) return null
    return { form: 'publish', fields, spans, titleLine: i > 0 ? lines[0] : undefined, start: lines[i].start, end: lines[j - 1].end, next: j }
  }
  return null
}
