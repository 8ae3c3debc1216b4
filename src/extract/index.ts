import type { VFile } from 'vfile'
import { stateOf } from '../pipeline-state.js'
import type { DocumentNode, RootNode } from '../tree/types.js'
import { buildMeta } from '../segment/meta.js'
import { extractTasks } from './tasks.js'
import { jurisdictionFromIssuer, jurisdictionFromTitle, type Jurisdiction } from './roles/index.js'

/** Context a nested document takes from the document that issues it. */
interface Inherited {
  jurisdiction?: Jurisdiction
}

function jurisdictionOf(doc: DocumentNode, parent: Inherited): Jurisdiction {
  const meta = doc.data.meta!
  for (const source of [meta.issuers, meta.authority ?? []]) {
    const j = jurisdictionFromIssuer(source)
    if (j.level !== 'unknown') return j
  }
  if (meta.title) {
    const j = jurisdictionFromTitle(meta.title)
    if (j.level !== 'unknown') return j
  }
  return parent.jurisdiction ?? { level: 'unknown' }
}

/**
 * Stage 5: extract. For every document, outermost first: metadata, then tasks (roles per clause,
 * with document rules carried in order and section roles inherited by items).
 */
export function gongwenExtract() {
  return (tree: RootNode, file: VFile) => {
    const state = stateOf(file)
    const visit = (doc: DocumentNode, parent: Inherited) => {
      doc.data.meta = buildMeta(doc.data.segment, state.view)
      const jurisdiction = jurisdictionOf(doc, parent)
      doc.data.tasks = extractTasks(doc, { view: state.view, diags: state.diags, jurisdiction, rules: {} })
      for (const child of doc.children) if (child.type === 'document') visit(child, { jurisdiction })
    }
    tree.children.forEach((d) => visit(d, {}))
  }
}
