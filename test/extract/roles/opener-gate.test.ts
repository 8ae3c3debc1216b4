import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { grammar } from '../../../src/extract/roles/grammar.js'
import { findVerb } from '../../../src/extract/roles/role-verbs.js'
import { mayHoldRoleIn, roleGate, scanRoles, WEAK_ROLE_CUES } from '../../../src/extract/roles/scan.js'
import { Brackets, foldPunctuation } from '../../../src/extract/roles/text.js'
import { repoTextFiles } from '../../helpers.js'

// The role gate counts a duty opener (按照, 依照, 根据, 依据) only where one of dutyOpen's closers starts within
// dutyOpen.maxInside code units after it and ends in the range: that is what role-verbs.ts openDuty needs before
// the opener starts a role. Most sentences holding 根据 or 按照 (根据…规定, 按照…要求) have no closer and are no longer
// read. These tests hold the gate with that condition equal to the gate counting every opener.
const ROOT = new URL('../../../', import.meta.url)
const DOCS = [...repoTextFiles('corpus/seeds/'), ...repoTextFiles('corpus/policy/')]
// (and the texts the law and outside families were read from: most written-out duty phrases are in laws)
const READ = [...DOCS, ...repoTextFiles('test/gold/blind/texts/'), ...repoTextFiles('test/gold/blind/fixtures/'), ...repoTextFiles('test/fixtures/outside-roles/')]
const max = grammar.maxDutyInside

/** Old gate (every opener counts) and new gate on [from, to). */
function gates(t: string, from: number, to: number): [boolean, boolean] {
  try {
    roleGate.openerNeedsCloser = false
    const old = mayHoldRoleIn(t, from, to)
    roleGate.openerNeedsCloser = true
    return [old, mayHoldRoleIn(t, from, to)]
  } finally {
    roleGate.openerNeedsCloser = true
  }
}

describe('the role gate counts a duty opener only before a closer', () => {
  it('the weak words are the duty openers, each no other gate word', () => {
    expect([...WEAK_ROLE_CUES].sort()).toEqual(['依据', '依照', '按照', '根据'].sort())
  })

  it('keeps a written-out duty phrase whose closer starts at the far end of its reach, and drops one a code unit farther', () => {
    const [near, far] = [max - 1, max].map((gap) => `根据${'甲'.repeat(gap)}职责做好工作`)
    // the reader: the duty phrase at the opener when the closer starts inside the reach, none past it
    expect(findVerb(near, new Brackets(near, 0, near.length), 0, near.length)?.index).toBe(0)
    expect(findVerb(far, new Brackets(far, 0, far.length), 0, far.length)).toBeUndefined()
    expect(gates(near, 0, near.length)).toEqual([true, true])
    expect(gates(far, 0, far.length)).toEqual([true, false])
    // the closer must end inside the range: cut through 职责, the phrase is gone
    expect(gates(near, 0, near.length - 5)).toEqual([true, false])
  })

  it('reads the same roles through either gate on written sentences', () => {
    const texts = [
      '住房和城乡建设、市场监督管理等有关部门，按照有关法律、法规的规定和市人民政府确定的职责，对燃气安全工作实施监督管理。',
      '根据有关规定，市交通局负责组织实施。',
      '各区要按照市委、市政府的部署要求，抓好落实。',
      '依照法律、行政法规和国务院确定的职责分工负责本行业安全工作。',
    ]
    for (const text of texts) {
      roleGate.openerNeedsCloser = false
      const old = JSON.stringify(scanRoles(text))
      roleGate.openerNeedsCloser = true
      expect(JSON.stringify(scanRoles(text)), text).toBe(old)
    }
  })

  it('says yes wherever the reader starts a duty phrase at an opener, on every clause of corpus/ and the role texts', () => {
    let phrases = 0
    let dropped = 0
    for (const path of READ) {
      const t = foldPunctuation(readFileSync(new URL(path, ROOT), 'utf8'))
      const br = new Brackets(t, 0, t.length)
      let a = 0
      for (let b = 0; b <= t.length; b++) {
        if (b < t.length && !'，；：。！？\n'.includes(t[b])) continue
        for (let k = a; k < b; k++) {
          const opener = grammar.dutyOpeners.matchAt(t, k, b)
          if (!opener) continue
          const verb = findVerb(t, br, k, b)
          const [old, now] = gates(t, a, b)
          expect(old).toBe(true)
          if (verb?.index === k && !grammar.dutyPrefixes.matchAt(t, k, b)) {
            phrases++
            expect(now, t.slice(a, b)).toBe(true)
          } else if (!now) dropped++
        }
        a = b + 1
      }
    }
    // (written-out duty phrases are rare; clauses with an opener and nothing the gate needs are common)
    expect(phrases).toBeGreaterThan(5)
    expect(dropped).toBeGreaterThan(1000)
  })

  it('parse() gives the same document through either gate, on every document of corpus/', () => {
    for (const path of DOCS) {
      const text = readFileSync(new URL(path, ROOT), 'utf8')
      try {
        roleGate.openerNeedsCloser = false
        const old = JSON.stringify(parse(text))
        roleGate.openerNeedsCloser = true
        expect(JSON.stringify(parse(text)) === old, path).toBe(true)
      } finally {
        roleGate.openerNeedsCloser = true
      }
    }
  }, 300_000)
})
