import type { Finding } from '../types.js'
import { location } from './text.js'
import { plural, type FileResult, type ReportContext } from './types.js'

/** Escapes text and attribute values for XML; drops characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * JUnit XML: one `<testsuite>` per file, one `<testcase>` per rule. A rule with findings fails
 * (`type` is the worst severity), its failure lists every finding with its line; a rule turned off
 * (or that could not run, like unit-known without a registry) is skipped. Table schema problems form their own testcase.
 */
export function formatJunit(results: FileResult[], context: ReportContext): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  const suites: string[] = []
  let allTests = 0
  let allFailures = 0
  for (const r of results) {
    const byRule = new Map<string, Finding[]>()
    for (const f of r.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f])
    const cases: Array<{ id: string; skip?: string }> = context.rules.map((rule) => ({
      id: rule.id,
      ...(rule.setting === 'off' ? { skip: 'rule is off' } : rule.skip ? { skip: rule.skip } : {}),
    }))
    for (const id of byRule.keys()) if (!cases.some((c) => c.id === id)) cases.unshift({ id })
    let failures = 0
    let skipped = 0
    const body: string[] = []
    for (const c of cases) {
      const found = byRule.get(c.id) ?? []
      const first = found.find((f) => f.position)
      const attrs = `name="${escapeXml(c.id)}" classname="${escapeXml(r.file)}" file="${escapeXml(r.file)}"${first ? ` line="${first.position!.start.line}"` : ''}`
      if (found.length > 0) {
        failures++
        const type = found.some((f) => f.severity === 'error') ? 'error' : 'warning'
        const text = found
          .map((f) => `${location(r.file, f)}  ${f.severity === 'error' ? 'error' : 'warning'}  ${f.message}${f.row !== undefined ? ` [row ${f.row}${f.column ? `, ${f.column}` : ''}]` : ''}`)
          .join('\n')
        body.push(`    <testcase ${attrs}>`, `      <failure message="${escapeXml(plural(found.length, 'problem'))}" type="${type}">${escapeXml(text)}</failure>`, `    </testcase>`)
      } else if (c.skip) {
        skipped++
        body.push(`    <testcase ${attrs}>`, `      <skipped message="${escapeXml(c.skip)}"/>`, `    </testcase>`)
      } else body.push(`    <testcase ${attrs}/>`)
    }
    allTests += cases.length
    allFailures += failures
    suites.push(`  <testsuite name="${escapeXml(r.file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`, ...body, `  </testsuite>`)
  }
  out.push(`<testsuites name="gongwen validate" tests="${allTests}" failures="${allFailures}" errors="0">`, ...suites, '</testsuites>')
  return out.join('\n') + '\n'
}
