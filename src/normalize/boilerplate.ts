import grammar from '../../grammars/boilerplate.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { splitLines, trimmed } from './lines.js'

interface Rule {
  id: string
  action: 'drop' | 'truncate' | 'lead'
  re: RegExp
}

const rules: Rule[] = grammar.rules.map((r) => ({ id: r.id, action: r.action as Rule['action'], re: new RegExp(r.pattern) }))

/**
 * Every rule as one alternation: most lines match none, and one regex call says so where a call
 * per rule took five times as long. (Sound while no pattern holds a backreference: the groups
 * renumber.)
 */
const ANY = rules.some((r) => /\\[1-9]|\\k</.test(r.re.source)) ? undefined : new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|'))

/** Lines longer than this are body text, never chrome: keeps the rule regexes off long lines. */
const MAX_CHROME_LINE = 200
/** A news lead (`…全文如下：`) stands among a page's first lines; further down the marker is the body's. */
const MAX_LEAD_LINE = 12

/**
 * Removes web-page chrome (site headers, CMS bylines, adverts inside the body, footers and link
 * lists, a news lead above the full text) from the matching copy. Each removal is an `info` diagnostic `boilerplate-removed` whose
 * position covers what was removed in the original input.
 */
export function removeBoilerplate(view: MappedText, diags: Diagnostics, extra: readonly Rule[] = []): MappedText {
  const all = extra.length ? [...rules, ...extra] : rules
  const ed = view.edit()
  let changed = false
  const lines = splitLines(view.text)
  // A reposting site's lead (headline, date, summary) ending `全文如下：` / `通知全文：`: the document
  // starts under it, so everything above goes, the page heading that names the issued plan included.
  let from = 0
  let seen = 0
  for (let k = 0; k < lines.length && seen < MAX_LEAD_LINE; k++) {
    const line = trimmed(lines[k])
    if (line.text.length === 0) continue
    seen++
    const rule = line.text.length <= MAX_CHROME_LINE ? all.find((r) => r.action === 'lead' && r.re.test(line.text)) : undefined
    if (rule) from = k + 1
  }
  if (from > 0) {
    const lead = lines[from - 1]
    diags.add(view, 'info', 'boilerplate-removed', `Removed the page's lead up to "${trimmed(lead).text.slice(-30)}" (news-lead)`, 0, lead.end)
    ed.delete(0, lead.end)
    changed = true
  }
  for (const raw of lines.slice(from)) {
    const line = trimmed(raw)
    if (line.text.length === 0 || line.text.length > MAX_CHROME_LINE) continue
    if (ANY && extra.length === 0 && !ANY.test(line.text)) continue
    const rule = all.find((r) => r.action !== 'lead' && r.re.test(line.text))
    if (!rule) continue
    changed = true
    if (rule.action === 'truncate') {
      const end = view.text.length
      diags.add(view, 'info', 'boilerplate-removed', `Removed site footer from "${line.text.slice(0, 30)}" to the end (${rule.id})`, raw.start, end)
      ed.delete(raw.start, end)
      break
    }
    diags.add(view, 'info', 'boilerplate-removed', `Removed "${line.text.slice(0, 40)}" (${rule.id})`, raw.start, raw.end)
    ed.delete(raw.start, raw.end)
  }
  return changed ? ed.done() : view
}

export type { Rule as BoilerplateRule }
