import type { Node, Parent } from 'unist'
import type { Deadline, Milestone, TimeEvent } from '../schema/time.js'
import type { Role } from '../schema/task.js'

/**
 * The internal unist tree the pipeline builds. Every node has `position` in the original input;
 * `data.start`/`data.end` are offsets in the normalized view (`MappedText.text`) that matchers
 * scan. The emitter turns this tree into the public `PolicyDocument` JSON.
 */

/** View-offset bookkeeping carried by every node. */
export interface ViewSpan {
  start: number
  end: number
}

export interface ParagraphNode extends Node {
  type: 'paragraph'
  /** Normalized text of the paragraph (the view slice). */
  value: string
  data: ViewSpan
}

export interface ClauseNode extends Parent {
  type: 'clause'
  /** Marker as printed in the normalized view, e.g. `二、`, `（一）`, `1.`, `第三条`, `●`, `一是`. */
  marker: string
  /** Numbering style id, e.g. `cn-dun`, `cn-paren`, `arabic`, `arabic-paren`, `circled`, `article`, `bullet`. */
  style: string
  number: number | null
  level: number
  /** Marker keys from the root, e.g. ["二", "（一）", "1"]. */
  path: string[]
  heading?: string
  children: Array<ClauseNode | ParagraphNode>
  data: ViewSpan & {
    /** The clause's own text (after the marker, before the first child clause): [textStart, textEnd). */
    textStart: number
    textEnd: number
    roles?: Role[]
    deadlines?: Deadline[]
    milestones?: Milestone[]
    /** Dates the clause's own text reports (events), kept on the clause whether or not it is a task. */
    events?: TimeEvent[]
    /** Cells of a table row printed one cell per line (structure/cell-table.ts), read as labelled. */
    cells?: TableCell[]
    /** The role column of a table header printed above the clause's items (structure/cell-table.ts findColumnHeader): a unit line of its text is that column's cell. */
    column?: { label: string; role: string; after: Array<TableCell['kind'] | 'serial'> }
  }
}

/** One cell of a flattened table row: its column's kind (and role), the column name, its view span. */
export interface TableCell {
  kind: 'task' | 'role' | 'deadline' | 'other'
  role?: string
  label: string
  start: number
  end: number
  /** A role column whose header note singles out the lead by a mark (`区农业农村委*`): the marks, their role, the others'. */
  marked?: { marks: string[]; role: string; rest?: string }
}

/** A document (a notice, or a plan it issues) and its body. */
export interface DocumentNode extends Parent {
  type: 'document'
  children: Array<ClauseNode | ParagraphNode | DocumentNode>
  data: ViewSpan & {
    /** Segmentation result: header, title, signature … (view offsets). */
    segment: import('./segment.js').Segment
    /** Read from the segment when the node is built; extract adds the plan period and effective dates. */
    meta: import('../schema/document.js').Meta
    addressees: import('../schema/unit.js').Unit[]
    attachments: import('../schema/document.js').Attachment[]
    signature: import('../schema/document.js').Signature | null
    /** Cited documents (extract). */
    references?: import('../schema/document.js').Reference[]
    tasks?: import('../schema/task.js').Task[]
    stages?: import('../schema/time.js').Stage[]
    /** Time of the text outside any clause (preamble, closing). */
    documentTime?: { deadlines: Deadline[]; events: TimeEvent[] }
  }
}

export interface RootNode extends Parent {
  type: 'root'
  children: DocumentNode[]
}
