import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty } from '../../src/validate/report/github.js'
import { escapeXml, formatJunit } from '../../src/validate/report/junit.js'
import { formatGithub, formatJson, formatText, type FileResult } from '../../src/validate/index.js'
import { cli, FIXTURES, fixtureText, lineOf } from './helpers.js'

describe('reports for one fixture match the committed expected files', () => {
  it('github workflow commands', async () => {
    const run = await cli(`${FIXTURES}/report.json`, '--format', 'github')
    expect(run.code).toBe(1)
    expect(run.out).toBe(fixtureText('expected.github.txt'))
    // The annotation lines are those of the source plan, and % is escaped in the message.
    const text = fixtureText('report.txt')
    expect(run.out).toContain(`line=${lineOf(text, '2015年1月底前')},col=8,title=deadline-after-document::`)
    expect(run.out).toContain('录入率达到100%25」')
  })

  it('junit XML', async () => {
    const run = await cli(`${FIXTURES}/report.json`, '--format', 'junit')
    expect(run.code).toBe(1)
    expect(run.out).toBe(fixtureText('expected.junit.xml'))
    expect(run.out).toMatch(/<testsuite name="test\/fixtures\/validate\/report\.txt" tests="9" failures="2" errors="0" skipped="1">/)
  })
})

describe('escaping', () => {
  it('github: % CR LF in messages, also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
    expect(escapeProperty('plans/a,b:c.txt')).toBe('plans/a%2Cb%3Ac.txt')
    const results: FileResult[] = [{ file: 'plans/2015,draft.txt', findings: [{ ruleId: 'task-has-lead', severity: 'warn', message: 'a\nb', row: 3, column: 'lead' }] }]
    expect(formatGithub(results)).toBe('::warning file=plans/2015%2Cdraft.txt,title=task-has-lead::a%0Ab [row 3, lead]\n')
  })

  it('junit: markup characters and control characters', () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;')
    const xml = formatJunit([{ file: 'a&b.csv', findings: [{ ruleId: 'table-schema', severity: 'error', message: 'title: <empty>', row: 2, column: 'title' }] }], {
      rules: [{ id: 'task-has-lead', setting: 'off', doc: '' }],
    })
    expect(xml).toContain('<testsuite name="a&amp;b.csv" tests="2" failures="1" errors="0" skipped="1">')
    expect(xml).toContain('<failure message="1 problem" type="error">a&amp;b.csv  error  title: &lt;empty&gt; [row 2, title]</failure>')
    expect(xml).toContain('<skipped message="rule is off"/>')
  })
})

describe('text and json', () => {
  const results: FileResult[] = [
    {
      file: 'plan.txt',
      findings: [
        { ruleId: 'task-has-lead', severity: 'error', message: 'no lead', position: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 } } },
        { ruleId: 'task-duplicate', severity: 'warn', message: 'repeats' },
      ],
    },
    { file: 'clean.txt', findings: [] },
  ]

  it('text: file:line:column  severity  message  rule-id, and a summary line', () => {
    expect(formatText(results)).toBe(['plan.txt:3:5  error  no lead  task-has-lead', 'plan.txt  warning  repeats  task-duplicate', '✖ 2 problems (1 error, 1 warning)', ''].join('\n'))
    expect(formatText([results[1]])).toBe('✔ 0 problems (1 file)\n')
  })

  it('json: counts per file and overall, every finding with its file', () => {
    const json = JSON.parse(formatJson(results))
    expect(json).toMatchObject({
      errors: 1,
      warnings: 1,
      files: [
        { file: 'plan.txt', errors: 1, warnings: 1 },
        { file: 'clean.txt', findings: [] },
      ],
    })
    expect(json.files[0].findings[1]).toEqual({ ruleId: 'task-duplicate', severity: 'warn', message: 'repeats', file: 'plan.txt' })
  })
})
