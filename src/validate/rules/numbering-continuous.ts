import type { Clause } from '../../schema/clause.js'
import type { Position } from '../../schema/position.js'
import type { Rule } from '../types.js'

/**
 * Walks the clause tree itself rather than reading the parser's `numbering-gap`/`numbering-repeat`
 * diagnostics, so it also checks PolicyDocument JSON that was edited or produced elsewhere (and
 * reports each problem once). Numbering that continues across sections (5. under （二） after 4.
 * under （一）, 第十条 opening 第二章) is not a gap.
 */
/** Inline lists (一是/二是) end with their paragraph: the next 一是 starts a new list, not a repeat. */
const PARAGRAPH_LISTS = new Set(['cn-shi'])

export const numberingContinuous: Rule = {
  id: 'numbering-continuous',
  doc: 'Numbered lists have no gap and no repeat (numbering may continue across sections).',
  defaultSeverity: 'error',
  check(ctx) {
    for (const doc of ctx.docs) {
      // Last number seen per style, in document order: a list may continue where the previous one stopped.
      const lastSeen = new Map<string, number>()
      const walk = (siblings: Clause[], parentPath: string) => {
        const prevInList = new Map<string, number>()
        for (const c of siblings) {
          if (c.number !== null && c.style !== 'bullet') {
            const restart = c.number === 1 && PARAGRAPH_LISTS.has(c.style)
            const prev = restart ? undefined : prevInList.get(c.style)
            if (prev !== undefined) {
              if (c.number !== prev + 1) {
                const kind = c.number <= prev ? 'repeats' : 'skips'
                ctx.report({
                  message: `numbering ${kind}: ${c.marker.trim()} follows ${prev} (expected ${prev + 1})${parentPath}`,
                  position: markerPosition(c),
                  path: c.path,
                })
              }
            } else if (c.number !== 1 && lastSeen.get(c.style) !== c.number - 1) {
              const last = lastSeen.get(c.style)
              const kind = last !== undefined && c.number <= last ? 'repeats' : 'skips'
              ctx.report({
                message: `numbering ${kind}: the list starts at ${c.marker.trim()}${last !== undefined ? ` (the previous one ended at ${last})` : ''}${parentPath}`,
                position: markerPosition(c),
                path: c.path,
              })
            }
            prevInList.set(c.style, c.number)
            lastSeen.set(c.style, c.number)
          }
          walk(c.children, ` under ${c.path.join('/')}`)
        }
      }
      walk(doc.clauses, '')
    }
  },
}

/** The span of the marker itself (a clause's position covers its whole body). */
function markerPosition(c: Clause): Position {
  const len = c.marker.length
  const { start } = c.position
  return { start, end: { line: start.line, column: start.column + len, offset: start.offset + len } }
}
