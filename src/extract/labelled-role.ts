import type { MappedText } from '../text/mapped.js'
import type { Role, RoleKind } from '../schema/task.js'
import { scanRoles, type Jurisdiction } from './roles/index.js'

/** A role the labelled-list reader gives a unit list, its units placed in the view. */
export interface LabelledUnits {
  role: RoleKind
  units: Role['units']
}

/**
 * Reads the unit list at view[start, end) as if `label：` stood before it, so units printed without a
 * role word (a table's role cell, a bare `（市发改委、财政局）` line, a duty list's `市公安局：`) get the
 * labelled-list reader's splitting and names. Returns the roles read at the label, in order, each
 * unit's name and position taken from the view (the label's offset shifted back out).
 *
 * @example unitsAsLabelled(view, jurisdiction, '责任单位', k, k + 8) // [{ role: 'responsible', units: [市发改委, 财政局] }]
 */
export function unitsAsLabelled(view: MappedText, jurisdiction: Jurisdiction | undefined, label: string, start: number, end: number): LabelledUnits[] {
  const head = `${label}：`
  const scan = scanRoles(head + view.text.slice(start, end), { jurisdiction })
  const toView = (k: number) => k - head.length + start
  return scan.roles
    .filter((found) => found.index === 0)
    .map((found) => ({
      role: found.role as RoleKind,
      units: found.units.map((unit) => ({
        name: view.text.slice(toView(unit.index), toView(unit.end)),
        canonical: unit.canonical || undefined,
        kind: unit.kind,
        position: view.position(toView(unit.index), toView(unit.end)),
      })),
    }))
}
