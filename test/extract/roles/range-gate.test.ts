import { describe, expect, it } from 'vitest'
import { mayHoldRoleIn, roleGate, scanRoles } from '../../../src/extract/roles/scan.js'
import { rolesIn } from '../../../src/extract/tasks.js'
import { normalizeStep } from '../../../src/steps.js'
import { Diagnostics } from '../../../src/text/diagnostics.js'
import { fixtureText, policyDocs, seed } from '../../helpers.js'

// rolesIn (the extract step's role reading of one clause range) asks `mayHoldRoleIn` before it calls
// the scanner, and skips the call where it says no. Held here to the scanner itself: where the
// answer is no, scanRoles finds nothing and hands the rules back unchanged.

/** Line and sentence ranges of a normalized text. */
function ranges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const cut of [/\n/g, /[。；\n]/g]) {
    let from = 0
    for (const m of text.matchAll(cut)) {
      if (m.index > from) out.push([from, m.index])
      from = m.index + 1
    }
    if (text.length > from) out.push([from, text.length])
  }
  return out
}

const TEXTS = [
  fixtureText('speed10/clause-roles.txt'),
  seed('003'),
  ...policyDocs()
    .map(([, text]) => text)
    .filter((_, k) => k % 6 === 0),
]

describe('mayHoldRoleIn, the role gate asked before the scan', () => {
  it('says no only where scanRoles finds no role, rule, non-assignment or diagnostic', () => {
    let skipped = 0
    let read = 0
    const rules = { firstListedLead: true }
    for (const raw of TEXTS) {
      const text = normalizeStep(raw).view.text
      for (const [from, to] of ranges(text)) {
        if (mayHoldRoleIn(text, from, to)) {
          read++
          continue
        }
        skipped++
        const scan = scanRoles(text, { from, to, rules })
        expect({ roles: scan.roles, nonAssignments: scan.nonAssignments, diagnostics: scan.diagnostics }).toEqual({ roles: [], nonAssignments: [], diagnostics: [] })
        expect(scan.rules).toEqual(rules)
      }
    }
    // most ranges have no cue word, and some have one
    expect(skipped).toBeGreaterThan(read)
    expect(read).toBeGreaterThan(200)
  })

  it('says yes everywhere with the role gate off', () => {
    try {
      roleGate.enabled = false
      expect(mayHoldRoleIn('加强组织领导。', 0, 7)).toBe(true)
    } finally {
      roleGate.enabled = true
    }
    expect(mayHoldRoleIn('加强组织领导。', 0, 7)).toBe(false)
  })

  it('rolesIn reads the fixture’s assignments and gives a cue-less range one frozen empty list', () => {
    const { view } = normalizeStep(fixtureText('speed10/clause-roles.txt'))
    const text = view.text
    const ctx = { view, diags: new Diagnostics(), jurisdiction: { level: 'unknown' as const }, rules: {} }
    const line = (opening: string): [number, number] => {
      const start = text.indexOf(opening)
      return [start, text.indexOf('\n', start)]
    }
    const units = (opening: string) => rolesIn(ctx, ...line(opening)).map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)
    expect(units('（一）')).toEqual(['lead:区住房城乡建设局', 'participant:区财政局、各街道办事处'])
    expect(units('（二）')).toEqual(['responsible:区市场监管局'])
    const none = rolesIn(ctx, ...line('（三）'))
    expect(none).toEqual([])
    expect(Object.isFrozen(none)).toBe(true)
    expect(rolesIn(ctx, ...line('（四）'))).toBe(none)
  })
})
