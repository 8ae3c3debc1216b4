import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { baselineOf, regressions, type Baseline } from '../eval/baseline.js'
import { evaluate } from '../eval/evaluate.js'
import { formatMarkdown, formatText } from '../eval/table.js'

export const evalHelp = `gongwen eval GOLD_DIR [--format text|md|json] [--baseline FILE] [--write-baseline] [--mismatches]
  Parses every document annotated in GOLD_DIR (a folder of gold annotations such as test/gold in
  the repository; the npm package ships none) and prints precision, recall and F1 per field (metadata, role triples, deadlines, stages), overall and per document.
  --baseline FILE    exit 1 when an overall F1 drops below the one recorded in FILE
  --write-baseline   write the overall F1 of this run to the baseline file (default GOLD_DIR/baseline.json)
  --mismatches       also list every unmatched item (fp: parsed, not in the gold; fn: in the gold, not parsed)`

/**
 * `gongwen eval` → exit code: 0, 1 on a baseline regression or an unreadable gold folder, 2 on bad arguments.
 *
 * @example
 * await runEval(['test/gold', '--format', 'md'])
 */
export async function runEval(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'boolean', default: false },
      mismatches: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(evalHelp + '\n')
    return 0
  }
  if (positionals.length !== 1) {
    process.stderr.write(`gongwen eval: ${positionals.length ? 'one GOLD_DIR only' : 'GOLD_DIR is required'}\n\n${evalHelp}\n`)
    return 2
  }
  const format = values.format as string
  if (!['text', 'md', 'json'].includes(format)) {
    process.stderr.write(`gongwen eval: unknown --format ${format} (text, md, json)\n`)
    return 2
  }
  const dir = positionals[0]
  let report
  try {
    report = evaluate(dir)
  } catch (e) {
    process.stderr.write(`gongwen eval: ${(e as Error).message}\n`)
    return 1
  }
  if (format === 'json') out.write(JSON.stringify(report, null, 2) + '\n')
  else out.write(format === 'md' ? formatMarkdown(report) : formatText(report))
  if (values.mismatches && format !== 'json') {
    for (const f of report.files) for (const m of f.mismatches) out.write(`${f.name}\t${m.document}\t${m.field}\t${m.kind}\t${m.item}\n`)
  }
  const baselineFile = values.baseline ?? join(dir, 'baseline.json')
  if (values['write-baseline']) {
    writeFileSync(baselineFile, JSON.stringify(baselineOf(report), null, 2) + '\n')
    process.stderr.write(`gongwen eval: baseline written to ${baselineFile}\n`)
    return 0
  }
  if (values.baseline) {
    let baseline: Baseline
    try {
      baseline = JSON.parse(readFileSync(values.baseline, 'utf8')) as Baseline
    } catch (e) {
      process.stderr.write(`gongwen eval: cannot read baseline ${values.baseline}: ${(e as Error).message}\n`)
      return 1
    }
    const lost = regressions(report, baseline)
    for (const r of lost) process.stderr.write(`gongwen eval: ${r.field} F1 ${r.actual === null ? 'none' : r.actual.toFixed(4)} < baseline ${r.baseline.toFixed(4)}\n`)
    return lost.length ? 1 : 0
  }
  return 0
}
