import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { roleGate } from '../../../src/extract/roles/scan.js'
import type { PolicyDocument } from '../../../src/schema/document.js'
import { repoTextFiles } from '../../helpers.js'

// The role scanner reads a clause only when it holds a whole cue word (src/text/cues.ts). A rule
// that starts a role at a word outside the cue set would lose roles silently; the merge of the law
// families showed one (duty phrases opened by 依照/按照). So: gated and ungated output are equal.
const ROOT = new URL('../../../', import.meta.url)
const dir = repoTextFiles
const INPUTS = [...dir('corpus/seeds/'), ...dir('test/gold/blind/texts/'), ...dir('test/gold/blind/fixtures/'), ...dir('test/fixtures/outside-roles/')]

const roles = (doc: PolicyDocument): string => JSON.stringify([doc, ...doc.documents].map((d) => d.tasks.map((t) => [t.path, t.roles])))

describe('the role cue gate changes nothing', () => {
  it.each(INPUTS)('%s', (path) => {
    const text = readFileSync(new URL(path, ROOT), 'utf8')
    try {
      roleGate.enabled = false
      const ungated = roles(parse(text))
      roleGate.enabled = true
      expect(roles(parse(text))).toBe(ungated)
    } finally {
      roleGate.enabled = true
    }
  })

  it('a duty phrase opened by 按照 with no role verb is read through the gate', () => {
    const doc = parse(
      '某市燃气管理条例\n\n第一章　总则\n第一条　为了加强燃气管理，制定本条例。\n' +
        '第二条　住房和城乡建设、市场监督管理、应急管理等有关部门和城市管理综合执法组织，按照有关法律、法规的规定和市人民政府确定的职责，对燃气安全工作实施监督管理。\n',
    )
    const units = doc.tasks.filter((t) => t.path.at(-1) === '第二条').flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => u.name)))
    expect(units).toEqual(['住房和城乡建设部门', '市场监督管理部门', '应急管理部门', '城市管理综合执法组织'])
  })
})
