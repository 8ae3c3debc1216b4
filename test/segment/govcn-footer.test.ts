/**
 * gov.cn pages end with `扫一扫在手机打开当前页` and a stray `-->`: page chrome after the 落款,
 * cut by a boilerplate rule so that the 落款 is found as the last lines of the text. Two organs
 * signed side by side on one line are two issuers; a 落款 dated otherwise than the page's
 * 成文日期 signs material the page quotes, not the document.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { policyDocs } from '../helpers.js'

const doc = (prefix: string) => parse(policyDocs((f) => f.startsWith(prefix))[0][1])

describe('gov.cn page footer after the 落款', () => {
  it('a joint notice (govcn 19): the 落款 is read, its two organs split at the printed space', () => {
    const d = doc('govcn_platform1__19_')
    expect(d.diagnostics.some((x) => x.code === 'boilerplate-removed' && /mobile-view-footer/.test(x.message))).toBe(true)
    expect(d.signature?.date).toBe('1996-06-29')
    expect(d.meta.issuers).toEqual(['国务院办公厅', '中央军委办公厅'])
  })

  it('a 复函 that ends with an expert group report (govcn 23) keeps its own issuer', () => {
    const d = doc('govcn_platform1__23_')
    expect(d.meta.signedDate).toBe('2004-11-04')
    expect(d.meta.issuers).toEqual(['国务院办公厅'])
  })
})
