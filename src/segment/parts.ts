/**
 * The parts of a segmented document that the JSON prints as segmentation read them: the 主送机关
 * split into units, the attachment list, the 落款. Read here, once, so the emitter only copies.
 */
import type { Attachment, Signature } from '../schema/document.js'
import type { Unit } from '../schema/unit.js'
import type { MappedText } from '../text/mapped.js'
import type { Segment } from '../tree/segment.js'
import { splitAddressees } from './meta.js'
import { parseFullDate } from './dates.js'
import { attachmentItem } from './attachments.js'

/** 主送机关 units (the line's closing colon excluded). */
export function addresseesOf(seg: Segment, view: MappedText): Unit[] {
  return seg.addressees ? splitAddressees(view, seg.addressees.start, seg.addressees.end - 1) : []
}

/** `附件：1.…` lines → titles and numbers (a single unnumbered attachment is number 1). */
export function attachmentsOf(seg: Segment, view: MappedText): Attachment[] {
  return seg.attachments
    .map((l, i) => {
      const { title, number } = attachmentItem(l.text)
      return { title, number: number ?? (seg.attachments.length === 1 ? 1 : i + 1), position: view.position(l.start, l.end) }
    })
    .filter((a) => a.title.length > 0)
}

/** The 落款: issuers, date, the raw original text. */
export function signatureOf(seg: Segment, view: MappedText): Signature | null {
  return seg.signature
    ? {
        issuers: seg.signature.issuers.map((l) => l.text),
        date: seg.signature.date ? parseFullDate(seg.signature.date.text) : null,
        raw: view.originalSlice(seg.signature.start, seg.signature.end),
        position: view.position(seg.signature.start, seg.signature.end),
      }
    : null
}
