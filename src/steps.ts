/**
 * The pipeline's steps as plain functions, for benchmarks and for tools that want one step only.
 * `parse()` runs them all through the unified processor; these run one step each. ("Stages" are
 * a plan's 阶段, in extract/time/stages.ts; the pipeline has steps.)
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

export function decodeStep(input: string | Uint8Array) {
  return decodeInput(input)
}

export function normalizeStep(text: string, script: 'auto' | 'keep' | 'simplified' = 'auto'): { view: MappedText; diags: Diagnostics } {
  const diags = new Diagnostics()
  const { view } = normalize(MappedText.identity(new SourceText(text)), { script }, diags)
  return { view, diags }
}

export function segmentStep(view: MappedText, diags = new Diagnostics()): Segment {
  return segment(view, diags)
}

/** Clause trees of a segment and its nested documents. */
export function structureStep(seg: Segment, view: MappedText, diags = new Diagnostics()) {
  const out = [buildClauses(seg.body, view, diags)]
  for (const d of seg.documents) for (const c of structureStep(d, view, diags)) out.push(c)
  return out
}

/** Role extraction over a whole normalized text (what the extract step runs clause by clause). */
export function rolesStep(view: MappedText) {
  return scanRoles(view.text)
}

/** Time extraction over a whole normalized text. */
export function timeStep(view: MappedText, documentDate?: string) {
  return scanTime(view.text, { documentDate })
}

/** Emit: the PolicyDocument serialized as JSON (one JSON Lines record). */
export function emitStep(doc: PolicyDocument): string {
  return JSON.stringify(doc)
}

/**
 * The names these had when the file was `stages.ts`, kept so `stages.normalizeStage` and the like
 * go on working for callers of the package's `stages` export.
 * @deprecated use the `…Step` names
 */
export {
  decodeStep as decodeStage,
  normalizeStep as normalizeStage,
  segmentStep as segmentStage,
  structureStep as structureStage,
  rolesStep as rolesStage,
  timeStep as timeStage,
  emitStep as emitStage,
}
