/**
 * The pipeline's stages as plain functions, for benchmarks and for tools that want one stage
 * only. `parse()` runs them all through the unified processor; these run one step each.
 */
import { SourceText } from './text/source.js'
import { MappedText } from './text/mapped.js'
import { Diagnostics } from './text/diagnostics.js'
import { normalize } from './normalize/index.js'
import { segment, type Segment } from './segment/index.js'
import { buildClauses } from './structure/build.js'
import { decodeInput } from './decode/input.js'
import { scanRoles } from './extract/roles/index.js'
import { scanTime } from './extract/time/index.js'
import type { PolicyDocument } from './schema/document.js'

export { SourceText, MappedText, Diagnostics }

export function decodeStage(input: string | Uint8Array) {
  return decodeInput(input)
}

export function normalizeStage(text: string, script: 'auto' | 'keep' | 'simplified' = 'auto'): { view: MappedText; diags: Diagnostics } {
  const diags = new Diagnostics()
  const { view } = normalize(MappedText.identity(new SourceText(text)), { script }, diags)
  return { view, diags }
}

export function segmentStage(view: MappedText, diags = new Diagnostics()): Segment {
  return segment(view, diags)
}

/** Clause trees of a segment and its nested documents. */
export function structureStage(seg: Segment, view: MappedText, diags = new Diagnostics()) {
  const out = [buildClauses(seg.body, view, diags)]
  for (const d of seg.documents) for (const c of structureStage(d, view, diags)) out.push(c)
  return out
}


/** Role extraction over a whole normalized text (what the extract stage runs clause by clause). */
export function rolesStage(view: MappedText) {
  return scanRoles(view.text)
}

/** Time extraction over a whole normalized text. */
export function timeStage(view: MappedText, documentDate?: string) {
  return scanTime(view.text, { documentDate })
}

/** Emit: the PolicyDocument serialized as JSON (one JSON Lines record). */
export function emitStage(doc: PolicyDocument): string {
  return JSON.stringify(doc)
}
