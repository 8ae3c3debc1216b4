import { describe, expect, it } from 'vitest'
import grammar from '../../grammars/genres.json' with { type: 'json' }
import { genreOf, isTitleLike } from '../../src/text/genre.js'

describe('grammars/genres.json: every genre is found at the end of a title', () => {
  it.each(grammar.genres.map((g) => g.name))('%s', (name) => {
    const got = genreOf(`关于某项工作的${name}`)
    // the longest genre that ends the title wins (…的工作方案 → 工作方案, not 方案)
    expect(got?.endsWith(name) || name.endsWith(got ?? '∅')).toBe(true)
  })
})

describe('genreOf on real titles', () => {
  it.each([
    ['创建平安广州推进方案（2013-2022年）', '推进方案'],
    ['中共深圳市委办公厅、深圳市人民政府办公厅关于印发《创建平安深圳行动方案》的通知', '通知'],
    ['个人所得税专项附加扣除暂行办法', '暂行办法'],
    ['国务院办公厅关于印发国家粮食应急预案的函', '函'],
    ['专利代理条例', '条例'],
    ['深圳市机动车停放管理办法（试行）', '办法'],
    ['中华人民共和国刑法修正案（十一）', '修正案'],
  ])('%s → %s', (title, genre) => {
    expect(genreOf(title)).toBe(genre)
  })

  it('tells titles from sentences', () => {
    expect(isTitleLike('创建平安深圳行动方案')).toBe(true)
    expect(isTitleLike('坪地以“打”促“建”提升国际低碳城“软环境”。')).toBe(false)
  })
})

describe('genreOf answers at once on a title whose last code unit no genre and nothing it strips ends with', () => {
  it('the same genre as reading every line of the seeds and policy documents, raw and normalized, with brackets, quotes and spaces after it', async () => {
    const { genreEndGate } = await import('../../src/text/genre.js')
    const { normalizeStep } = await import('../../src/steps.js')
    const { policyDocs, seed } = await import('../helpers.js')
    const texts = [seed('000'), seed('003'), ...policyDocs().map(([, t]) => t)].flatMap((t) => [t, normalizeStep(t).view.text])
    const lines = texts.flatMap((t) => t.split('\n')).flatMap((l) => [l, `${l}（2024—2026年）`, `《${l}》`, `${l}\u3000`, `“${l}”`])
    const wrong: string[] = []
    let found = 0
    for (const line of lines) {
      genreEndGate.enabled = false
      const want = genreOf(line)
      genreEndGate.enabled = true
      if (genreOf(line) !== want) wrong.push(line.slice(0, 40))
      if (want) found++
    }
    expect(wrong).toEqual([])
    expect(found).toBeGreaterThan(1000)
    expect(genreOf('南湖区乡村振兴实施方案\t')).toBe('实施方案')
    expect(genreOf('南湖区乡村振兴实施方案。')).toBeNull()
  })
})
