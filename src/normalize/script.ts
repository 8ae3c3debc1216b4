import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import scripts from '../../grammars/scripts.json' with { type: 'json' }
import { simplify, simplifyWhole } from './simplify.js'

export type ScriptOption = 'auto' | 'keep' | 'simplified'
export type Script = 'simplified' | 'traditional' | 'mixed' | 'unknown'

/** Traditional (Taiwan and Hong Kong forms included) → mainland simplified: opencc-js's converter, built once on first use. */
function toSimplified(s: string): string {
  return simplifyWhole(s)
}

/** Variant forms the converter leaves (grammars/scripts.json `variantForms`), one character for one. */
const VARIANT_FORMS = new Map(Object.entries(scripts.variantForms).filter(([from, to]) => from.length === to.length))
const VARIANT_CHARS = new RegExp(`[${[...VARIANT_FORMS.keys()].join('')}]`, 'g')

const singleForms = new Map<string, string>()
/** The simplified form of one character (itself when the conversion leaves it or would change its length). */
export function simplifiedFormOf(ch: string): string {
  let s = singleForms.get(ch)
  if (s === undefined) {
    s = VARIANT_FORMS.get(ch) ?? toSimplified(ch)
    if (s.length !== ch.length) s = ch
    singleForms.set(ch, s)
  }
  return s
}

const SAMPLE = 20_000
/** Share of CJK characters that must be traditional-only to call a text traditional. */
const TRADITIONAL_RATIO = 0.03

let traditionalOnly: Uint8Array | undefined
/**
 * Lookup table of the ideographs a t→s conversion changes, built once by converting every
 * character of the CJK block: detection then costs one table read per character.
 */
function traditionalTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly
  const table = new Uint8Array(0x10000)
  const from = 0x4e00
  const to = 0x9fff
  const chars: string[] = []
  for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c))
  // One character per line, so the converter's phrase rules cannot join neighbours.
  const out = toSimplified(chars.join('\n')).split('\n')
  if (out.length === chars.length) {
    for (let i = 0; i < chars.length; i++) if (out[i] !== chars[i]) table[from + i] = 1
  }
  traditionalOnly = table
  return table
}

/** Detects the script from a sample: the share of CJK characters that only traditional uses. */
export function detectScript(text: string): Script {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE / 2) + text.slice(-SAMPLE / 2) : text
  const table = traditionalTable()
  let cjk = 0
  let changed = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++
      changed += table[c]
    }
  }
  if (cjk === 0) return 'unknown'
  const ratio = changed / cjk
  if (ratio >= TRADITIONAL_RATIO) return 'traditional'
  return ratio > 0.005 ? 'mixed' : 'simplified'
}

/**
 * The variant forms opencc-js leaves (grammars/scripts.json `variantForms`) put in their mainland form, one character for one.
 * @example foldVariantForms('陜西省') // '陕西省'
 */
export function foldVariantForms(text: string): string {
  return text.replace(VARIANT_CHARS, (ch) => VARIANT_FORMS.get(ch)!)
}

/** The converter's answer with the variant forms it leaves put in their mainland form (`陜西` → `陕西`). */
function simplified(text: string): string {
  return foldVariantForms(simplify(text))
}

/**
 * Script pass: converts traditional characters to simplified in the matching copy when asked
 * (`simplified`) or when detected (`auto`). Conversion is done line by line; a line whose length
 * the converter changes is converted character by character so every offset still maps back.
 */
export function normalizeScript(view: MappedText, option: ScriptOption, diags: Diagnostics): { view: MappedText; script: Script; converted: boolean } {
  const script = detectScript(view.text)
  const convert = option === 'simplified' || (option === 'auto' && script === 'traditional')
  if (!convert) return { view, script, converted: false }
  // (one walk over the text, equal to opencc's four: simplify.ts)
  const whole = simplified(view.text)
  if (whole.length === view.text.length) {
    diags.add(view, 'info', 'script-converted', `Converted ${script} characters to simplified for matching`)
    return { view: view.edit().replace(0, view.text.length, whole).done(), script, converted: true }
  }
  const ed = view.edit()
  let start = 0
  const t = view.text
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t.charCodeAt(i) !== 10) continue
    const line = t.slice(start, i)
    let out = simplified(line)
    if (out.length !== line.length) {
      // Keep a character whose simplified form has another length (噁 → 𫫇): offsets must map 1:1.
      out = [...line]
        .map((ch) => {
          const s = ch.length === 1 ? simplified(ch) : ch
          return s.length === ch.length ? s : ch
        })
        .join('')
    }
    if (out !== line) ed.replace(start, i, out)
    start = i + 1
  }
  diags.add(view, 'info', 'script-converted', `Converted ${script} characters to simplified for matching`)
  return { view: ed.done(), script, converted: true }
}
