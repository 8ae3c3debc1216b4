import grammar from '../../grammars/attachments.json' with { type: 'json' }
import { escapeRegExp } from '../text/regexp.js'

// Compiled once from grammars/attachments.json: the 附件 label and the number of a listed item.
const LABEL = `(?:${grammar.labels.map(escapeRegExp).join('|')})`
// (a short label counts only with its colon: `附：`, never 附则 or 附近)
const COLON_LABEL = `(?:${grammar.colonLabels.map(escapeRegExp).join('|')})[：:]`
const NOTE = new RegExp(`^(?:${LABEL}[：:]?|${COLON_LABEL})`)
const HEAD = new RegExp(`^(?:${LABEL}\\s*(\\d{1,2})?[：:]?|${COLON_LABEL})$`)
const ITEM = new RegExp(`^${grammar.itemNumber}`)
const NUMBERED = new RegExp(`^(?:${LABEL}[：:]?)?${grammar.itemNumber}`)

/**
 * True when a line opens the 附件说明 at the end of a body.
 * @example isAttachmentNote('附件：1.深圳市重点任务分工表') // true
 */
export function isAttachmentNote(text: string): boolean {
  return NOTE.test(text)
}

/**
 * True when a line is the head of an attachment printed after the 落款 (its title on the next line).
 * @example isAttachmentHead('附件2') // true
 */
export function isAttachmentHead(text: string): boolean {
  return HEAD.test(text)
}

/**
 * True when a line continues a 附件说明 as its next numbered item.
 * @example isAttachmentItem('2.深圳市资金安排表') // true
 */
export function isAttachmentItem(text: string): boolean {
  return ITEM.test(text)
}

/**
 * The title and printed number of one 附件说明 line.
 * @example attachmentItem('附件：1.重点任务分工表') // { title: '重点任务分工表', number: 1 }
 */
export function attachmentItem(text: string): { title: string; number: number | null } {
  const num = NUMBERED.exec(text)
  const title = text.replace(NOTE, '').replace(ITEM, '').trim()
  return { title, number: num ? Number(num[1]) : null }
}
