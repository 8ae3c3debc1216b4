import { describe, expect, it } from 'vitest'
import { expandBraces, globBase, globMatcher, hasMagic, matchSegment } from '../../src/batch/glob.js'

// real corpus file names
const GOV = 'corpus/policy/govcn_platform1__38_国务院办公厅关于2019年部分节假日安排的通知.txt'
const CENTRAL = 'corpus/policy/politic_analysis_2025__central_106.txt'
const SEED = 'corpus/seeds/001_54176d715e6bf35f.txt'

describe('glob matcher', () => {
  it('* and ? stay inside a segment; ** spans segments', () => {
    expect(globMatcher('corpus/*/*.txt')(GOV)).toBe(true)
    expect(globMatcher('corpus/*.txt')(GOV)).toBe(false)
    expect(globMatcher('corpus/**/*.txt')(SEED)).toBe(true)
    expect(globMatcher('**/*.txt')(SEED)).toBe(true)
    expect(globMatcher('corpus/**')(SEED)).toBe(true)
    expect(globMatcher('corpus/seeds/00?_*.txt')(SEED)).toBe(true)
    expect(globMatcher('corpus/seeds/0?_*.txt')(SEED)).toBe(false)
  })

  it('classes, negated classes and brace alternatives', () => {
    expect(globMatcher('corpus/seeds/00[0-1]_*')(SEED)).toBe(true)
    expect(globMatcher('corpus/seeds/00[!1]_*')(SEED)).toBe(false)
    expect(globMatcher('corpus/{seeds,policy}/*.txt')(CENTRAL)).toBe(true)
    expect(globMatcher('**/*{通知,意见}.txt')(GOV)).toBe(true)
    expect(globMatcher('**/*{决定,意见}.txt')(GOV)).toBe(false)
    expect(expandBraces('a/{b,c{d,e}}/f')).toEqual(['a/b/f', 'a/cd/f', 'a/ce/f'])
  })

  it('a pattern without / matches the base name (as in .gitignore)', () => {
    expect(globMatcher('politic_analysis_2025__*')(CENTRAL)).toBe(true)
    expect(globMatcher('*.md')(CENTRAL)).toBe(false)
  })

  it('** does not enter dot-directories', () => {
    expect(globMatcher('**/*.txt')('a/.git/x.txt')).toBe(false)
    expect(globMatcher('a/.git/*.txt')('a/.git/x.txt')).toBe(true)
  })

  it('finds the static base of a pattern', () => {
    expect(globBase('corpus/**/*.txt')).toBe('corpus')
    expect(globBase('*.txt')).toBe('.')
    expect(globBase('/work/shared/corpus/bulk/*.jsonl.gz')).toBe('/work/shared/corpus/bulk')
    expect(hasMagic('corpus/policy')).toBe(false)
    expect(hasMagic('corpus/{a,b}')).toBe(true)
  })

  it('is fast on hostile patterns and names', () => {
    const name = 'a'.repeat(20_000)
    const t = performance.now()
    expect(matchSegment('*a*a*a*a*a*a*a*a*b', name)).toBe(false)
    expect(globMatcher('**/**/**/**/**/x')('a/'.repeat(2000) + 'y')).toBe(false)
    expect(performance.now() - t).toBeLessThan(2000)
  })
})
