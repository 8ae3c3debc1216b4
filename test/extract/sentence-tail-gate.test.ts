import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { sentenceTailGate } from '../../src/extract/tasks.js'
import { repoTextsDeep } from '../helpers.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Every .txt under a folder whose text holds a sentence end right before an opening bracket: the documents the tail reader can act on. */
const texts = (dir: string): string[] => repoTextsDeep(dir).filter((t) => /[。；！][ \t\u3000]*[（(]/.test(t))

afterEach(() => {
  sentenceTailGate.enabled = true
})

describe('a clause without a closing bracket is not matched for a sentence-tail unit list (tasks.ts sentenceTailGate)', () => {
  it('reads the tails of its own fixture, and no tail inside a heading', () => {
    const doc = parse(readFileSync(join(root, 'test/fixtures/speed8/sentence-tails.txt'), 'utf8'))
    const units = (path: string) => doc.tasks.find((t) => t.path.join('/') === path)?.roles.flatMap((r) => r.units.map((u) => u.name))
    expect(units('一/（一）')).toEqual(['县住建局', '县财政局'])
    expect(units('一/（二）')).toEqual(['县农业农村局'])
    expect(units('一/（三）')).toBeUndefined()
  })

  it('gives the same documents as matching every clause, on the corpus and fixture documents that hold a sentence end before a bracket', () => {
    const inputs = [...texts('corpus/'), ...texts('test/fixtures/')]
    expect(inputs.length).toBeGreaterThan(50)
    for (const text of inputs) {
      sentenceTailGate.enabled = true
      const gated = JSON.stringify(parse(text))
      sentenceTailGate.enabled = false
      expect(gated === JSON.stringify(parse(text)), text.slice(0, 60)).toBe(true)
    }
  })
})
