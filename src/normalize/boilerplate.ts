import grammar from '../../grammars/boilerplate.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { EndGate } from '../text/regex-ends.js'
import { isTitleLike } from '../text/genre.js'

interface Rule {
  id: string
  action: 'drop' | 'truncate' | 'lead'
  re: RegExp
  /** A lead only where a title follows it, or none stands above it (grammars/boilerplate.json `titleBelow`). */
  titleBelow?: boolean
  /** Taken only under a line this matches, the nearest one above that is not empty (grammars/boilerplate.json `after`). */
  after?: RegExp
  /** Taken only over a line this matches, the nearest one below that is not empty (grammars/boilerplate.json `before`). */
  before?: RegExp
}

const rules: Rule[] = grammar.rules.map((r) => ({
  id: r.id,
  action: r.action as Rule['action'],
  re: new RegExp(r.pattern),
  titleBelow: 'titleBelow' in r && r.titleBelow === true,
  after: 'after' in r && typeof r.after === 'string' ? new RegExp(r.after) : undefined,
  before: 'before' in r && typeof r.before === 'string' ? new RegExp(r.before) : undefined,
}))

/** The body rules (not the lead rules, read in their own pass), in grammar order. */
const BODY_RULES = rules.filter((r) => r.action !== 'lead')

/**
 * Which body rules can match a line opening and closing with given code units (every rule is `^…$`
 * but two): most lines open or close with characters no rule can, and are passed over without a slice or a
 * regex call; the others run only the rules their ends allow.
 */
const BODY_ENDS = new EndGate(BODY_RULES.map((r) => r.re))

/** The first body rule, in grammar order, that matches the line `text[a, b)` (its text `line`): only the ones its ends allow run. */
function firstBodyRule(text: string, a: number, b: number, line: string): Rule | undefined {
  for (let k = BODY_ENDS.nextCandidate(text, a, b, 0); k >= 0; k = BODY_ENDS.nextCandidate(text, a, b, k + 1)) if (takes(BODY_RULES[k], text, a, line)) return BODY_RULES[k]
  return undefined
}

/**
 * Does `rule` take the line `line` starting at `a`: its pattern matches, its `after` the nearest line above that is not
 * empty, and its `before` the nearest one below.
 */
function takes(rule: Rule, text: string, a: number, line: string): boolean {
  return rule.re.test(line) && (rule.after === undefined || rule.after.test(lineAbove(text, a))) && (rule.before === undefined || rule.before.test(lineBelow(text, a)))
}

/** The nearest line below the line starting at offset `a` that is not empty, trimmed; '' at the end. */
function lineBelow(text: string, a: number): string {
  for (let s = text.indexOf('\n', a); s >= 0; ) {
    const e = text.indexOf('\n', s + 1)
    const line = text.slice(s + 1, e < 0 ? text.length : e).trim()
    if (line) return line
    s = e
  }
  return ''
}

/** The nearest line above offset `a` (a line's start) that is not empty, trimmed; '' at the top. */
function lineAbove(text: string, a: number): string {
  let e = text.lastIndexOf('\n', a - 1)
  while (e > 0) {
    const s = text.lastIndexOf('\n', e - 1) + 1
    const line = text.slice(s, e).trim()
    if (line) return line
    e = s - 1
  }
  return ''
}

/** Lines longer than this are body text, never chrome: keeps the rule regexes off long lines. */
const MAX_CHROME_LINE = 200
/** A news lead (`…全文如下：`) stands among a page's first lines; further down the marker is the body's. */
const MAX_LEAD_LINE = 12

/** How many lines under a lead are searched for the title it stands over. */
const TITLE_BELOW_LINES = 8

/** The first `count` lines of `text[from, to)`, trimmed, the empty ones left out. */
function linesOf(text: string, from: number, to: number, count: number): string[] {
  return text
    .slice(from, to)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, count)
}

/**
 * Whether a title stands above the lead line `text[s, e)` and none within TITLE_BELOW_LINES under it, before the body's
 * first sentence: the page's labels are under the document's own title, and the lead is none.
 */
function titleOnlyAbove(text: string, s: number, e: number): boolean {
  const above = linesOf(text, 0, s, MAX_LEAD_LINE)
  if (!above.some(isTitleLike)) return false
  for (const line of linesOf(text, e + 1, Math.min(text.length, e + 1 + 2000), TITLE_BELOW_LINES)) {
    if (isTitleLike(line)) return false
    if (/[。；]/.test(line)) return true
  }
  return true
}

/**
 * Removes web-page chrome (site headers, CMS bylines, adverts inside the body, footers and link
 * lists, a news lead above the full text) from the matching copy. Each removal is an `info` diagnostic `boilerplate-removed` whose
 * position covers what was removed in the original input.
 */
export function removeBoilerplate(view: MappedText, diags: Diagnostics, extra: readonly Rule[] = []): MappedText {
  const all = extra.length ? [...rules, ...extra] : rules
  const ed = view.edit()
  let changed = false
  // Lines are walked as offsets into the one text (no line objects, one slice per short line).
  const text = view.text
  // A reposting site's lead (headline, date, summary) ending `全文如下：` / `通知全文：`: the document
  // starts under it, so everything above goes, the page heading that names the issued plan included.
  let lead: [number, number, string] | undefined
  let seen = 0
  for (let s = 0; s <= text.length && seen < MAX_LEAD_LINE; ) {
    const e = lineEnd(text, s)
    const a = trimStart(text, s, e)
    const b = trimEnd(text, a, e)
    if (b > a) {
      seen++
      const line = b - a <= MAX_CHROME_LINE ? text.slice(a, b) : undefined
      const rule = line === undefined ? undefined : all.find((r) => r.action === 'lead' && r.re.test(line))
      if (rule && (!rule.titleBelow || !titleOnlyAbove(text, s, e))) lead = [s, e, rule.id]
    }
    s = e + 1
  }
  if (lead) {
    const line = text.slice(trimStart(text, lead[0], lead[1]), trimEnd(text, lead[0], lead[1]))
    diags.add(view, 'info', 'boilerplate-removed', `Removed the page's lead up to "${line.slice(-30)}" (${lead[2]})`, 0, lead[1])
    ed.delete(0, lead[1])
    changed = true
  }
  let lineNumber = 0
  for (let s = lead ? lead[1] + 1 : 0; s <= text.length; ) {
    const e = lineEnd(text, s)
    lineNumber++
    const a = trimStart(text, s, e)
    const b = trimEnd(text, a, e)
    const next = e + 1
    if (b === a || b - a > MAX_CHROME_LINE) {
      s = next
      continue
    }
    if (extra.length === 0 && !BODY_ENDS.may(text, a, b)) {
      s = next
      continue
    }
    const line = text.slice(a, b)
    // (the rules the line's ends allow, in order, each run alone: a line's first and last code units leave one or two)
    const rule = extra.length === 0 ? firstBodyRule(text, a, b, line) : all.find((r) => r.action !== 'lead' && takes(r, text, a, line))
    if (!rule) {
      s = next
      continue
    }
    changed = true
    // (a footer's label among the page's first lines with the document under it is a widget's label, empty there:
    // `相关文章:` under a portal's stamp, above the whole reply, outside52 05 — the line goes, the rest stays)
    const widget = rule.action === 'truncate' && lineNumber <= FOOTER_LABEL_TOP_LINES && text.length - e >= FOOTER_LABEL_MIN_BELOW
    if (rule.action === 'truncate' && !widget) {
      const end = text.length
      diags.add(view, 'info', 'boilerplate-removed', `Removed site footer from "${line.slice(0, 30)}" to the end (${rule.id})`, s, end)
      ed.delete(s, end)
      break
    }
    diags.add(view, 'info', 'boilerplate-removed', `Removed "${line.slice(0, 40)}" (${rule.id})`, s, e)
    ed.delete(s, e)
    s = next
  }
  return changed ? ed.done() : view
}

/** A footer label this near the page's top (lines, blank ones included) … */
const FOOTER_LABEL_TOP_LINES = 12
/** … with at least this much text under it is a widget's label, not the start of the page's footer. */
const FOOTER_LABEL_MIN_BELOW = 400

/** The end of the line starting at `s` (its \n, or the text's end), as `splitLines` cuts lines. */
function lineEnd(text: string, s: number): number {
  const e = text.indexOf('\n', s)
  return e < 0 ? text.length : e
}

/** `trimmed`'s bounds without its object: spaces and ideographic spaces off either end of [s, e). */
const isPad = (code: number) => code === 32 || code === 0x3000
function trimStart(text: string, s: number, e: number): number {
  while (s < e && isPad(text.charCodeAt(s))) s++
  return s
}
function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isPad(text.charCodeAt(e - 1))) e--
  return e
}

export type { Rule as BoilerplateRule }
