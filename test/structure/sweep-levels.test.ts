import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { classifyMarkerLines, OPENS, UNEXPLAINED as MARKER_UNEXPLAINED } from '../../scripts/sweep/marker-lines.js'
import { classifyRoleCues, INSIDE, UNEXPLAINED as CUE_UNEXPLAINED } from '../../scripts/sweep/role-cues.js'
import { CORPUS } from '../helpers.js'

/**
 * The gold-free sweeps of issue #11 on the 260 documents of corpus/ (scripts/sweep-marker-lines.ts
 * and scripts/sweep-role-cues.ts run them on the bulk corpus too): the unexplained share must not
 * grow back. Levels recorded when the numbering and role-form families were fixed; lower them
 * when a family is fixed, never raise them.
 */
const LEVELS = {
  markerLinesUnexplained: 3,
  // 7237 → 7236: central_042's attachment list (附件说明, 5 lines) is read as its attachments, not clauses, once its 落款
  // above a long attachment is found (twenty-seventh session); its attached plan's own items open clauses instead
  markerLinesOpening: 7236,
  // 16 → 15 (forty-second session): central_159's standard foreword (本指南由…科技司负责管理，…负责技术解释), read once 司
  // became a unit ending, is a class of its own (a standard's foreword), its two cues no assignment
  roleCuesUnexplained: 15,
  // 809 → 802 → 810: 负责解释 (9 cues) and prose 配合/协助/参加 with nobody leading or responsible left
  // the roles for named classes (interpretation; taking part with nobody leading); the law forms of
  // issue #11 (field-named lists, carried subjects, duty lists) brought more cues inside; 810 → 809:
  // X下设办公室，负责日常工作 is a set-up body's duty (class set-up-duty), not a role (blind-c R4)
  roleCuesInsideRoles: 809,
}

describe('gold-free sweeps over corpus/ hold their recorded level', () => {
  const files = ['seeds', 'policy'].flatMap((d) =>
    readdirSync(join(CORPUS, d))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(CORPUS, d, f)),
  )
  const markers = new Map<string, number>()
  const cues = new Map<string, number>()
  const unexplained: string[] = []
  for (const f of files) {
    const text = readFileSync(f, 'utf8')
    const doc = parse(text)
    for (const l of classifyMarkerLines(text, doc)) {
      markers.set(l.cls, (markers.get(l.cls) ?? 0) + 1)
      if (l.cls === MARKER_UNEXPLAINED) unexplained.push(`${f}:${l.line} ${l.text}`)
    }
    for (const c of classifyRoleCues(text, doc)) cues.set(c.cls, (cues.get(c.cls) ?? 0) + 1)
  }

  it(`marker-shaped lines: at most ${LEVELS.markerLinesUnexplained} unexplained, at least ${LEVELS.markerLinesOpening} open a clause`, () => {
    expect(files.length).toBe(260)
    expect(markers.get(MARKER_UNEXPLAINED) ?? 0, unexplained.join('\n')).toBeLessThanOrEqual(LEVELS.markerLinesUnexplained)
    expect(markers.get(OPENS)).toBeGreaterThanOrEqual(LEVELS.markerLinesOpening)
  })

  it(`role cues: at most ${LEVELS.roleCuesUnexplained} unexplained, at least ${LEVELS.roleCuesInsideRoles} inside an extracted role`, () => {
    expect(cues.get(CUE_UNEXPLAINED) ?? 0).toBeLessThanOrEqual(LEVELS.roleCuesUnexplained)
    expect(cues.get(INSIDE)).toBeGreaterThanOrEqual(LEVELS.roleCuesInsideRoles)
  })
})
