import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { detectScript, normalizeScript } from '../../src/normalize/script.js'
import { simplify, simplifyWhole } from '../../src/normalize/simplify.js'
import { Diagnostics } from '../../src/text/diagnostics.js'
import { MappedText } from '../../src/text/mapped.js'
import { SourceText } from '../../src/text/source.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))

/** The `.txt` files under `dir`, recursively. */
function textFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...textFiles(path))
    else if (name.endsWith('.txt')) out.push(path)
  }
  return out
}

// the traditional documents of the fixtures (Taiwan and Macau laws, a gazette, a court's notice: 48 files) and the corpus
const fixtures = textFiles(join(repo, 'test/fixtures')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))
const traditional = fixtures.filter((f) => detectScript(f.text) === 'traditional')
const corpus = textFiles(join(repo, 'corpus')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))

describe('simplify: the script conversion in one walk, equal to opencc-js tw→cn', () => {
  it('reads 40 or more traditional fixtures', () => {
    expect(traditional.length).toBeGreaterThanOrEqual(40)
  })

  it('equals opencc on every traditional fixture, whole and line by line', () => {
    for (const { path, text } of traditional) {
      expect(simplify(text), path).toBe(simplifyWhole(text))
      for (const line of text.split('\n')) expect(simplify(line), `${path}: ${line}`).toBe(simplifyWhole(line))
    }
  })

  it('equals opencc on every document of corpus/ and every other fixture', () => {
    for (const { path, text } of [...corpus, ...fixtures]) expect(simplify(text), path).toBe(simplifyWhole(text))
  })

  it.each([
    // a TSPhrases word as a segment of its own, and characters between words
    ['一目瞭然的參與', '一目了然的参与'],
    // TW-variants words: the piece around them goes through opencc's chain (待著 → 待着, 顎 → 腭, 簷 → 檐: the TS step
    // alone would leave 著 and 簷, and give 颚; 顯著 stays 显著), and only that piece
    ['待著，屋簷下的顎骨。發展', '待着，屋檐下的腭骨。发展'],
    ['一口吃個胖子，吃飯', undefined],
    ['顯著成效', '显著成效'],
    ['他們喫過飯了。', undefined],
    // a variant word that runs to the end of the text, and one cut by punctuation
    ['臺灣參', undefined],
    ['參，與', undefined],
    // a compatibility ideograph (豈, U+F900) and an ideographic description sequence: opencc reads the text whole
    ['\uf900與', undefined],
    ['⿰木木與國', undefined],
    // characters above U+FFFF, a form longer than its character (㗲 → 𠵾), a lone surrogate
    ['𠵾㗲與\ud800國', undefined],
    ['', ''],
    ['ASCII only, 2025', 'ASCII only, 2025'],
  ])('%s', (input, expected) => {
    expect(simplify(input)).toBe(simplifyWhole(input))
    if (expected !== undefined) expect(simplify(input)).toBe(expected)
  })

  it('normalizeScript converts a traditional fixture with the one walk, keeping every offset', () => {
    const { text } = traditional.reduce((a, b) => (b.text.length > a.text.length ? b : a))
    const view = MappedText.identity(new SourceText(text))
    const out = normalizeScript(view, 'auto', new Diagnostics())
    expect(out.converted).toBe(true)
    expect(out.view.text).toBe(simplifyWhole(text))
    expect(out.view.text.length).toBe(text.length)
  })
})
