/**
 * Gold-free sweep of numbering (issue #11): every line of every corpus document that starts with a
 * marker-shaped token (一、 （一） 1. 1、 （1） ① ⑴ ⒈ 第三条 …) either opens a clause of the parsed tree
 * (a clause's position starts on it) or falls in a named class (cross-reference, number, table
 * row, inline list, table of contents, box content, header before the first clause); the rest is
 * `unexplained`. Prints counts per class and a deterministic sample of unexplained lines.
 *
 *   node --import tsx scripts/sweep-marker-lines.ts [--no-bulk] [--limit N] [--samples 30] [--out file.json]
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse, type PolicyDocument } from '../src/index.js'
import { corpusDocuments, spread } from './sweep/corpus.js'

const { values } = parseArgs({
  options: {
    'no-bulk': { type: 'boolean', default: false },
    limit: { type: 'string' },
    samples: { type: 'string', default: '30' },
    out: { type: 'string' },
  },
})

const CN = '一二三四五六七八九十百零〇两'
const MARKER_SHAPED = new RegExp(
  `^(?:第\\s*[${CN}\\d]+\\s*[编章节条條]|[${CN}]{1,3}[、.．]|[（(][${CN}\\d０-９]{1,3}[）)]|[\\d０-９]{1,3}[.．、﹒)）]|[①-⑳⑴-⒇⒈-⒛㈠-㈩●■◆▲★◇□])`,
)

/** Named classes, tried in order on the trimmed line; `ctx` says where the line stands. */
const CLASSES: Array<[string, (line: string, ctx: { beforeFirst: boolean; inBox: boolean }) => boolean]> = [
  ['header / preamble (before the first clause)', (_l, c) => c.beforeFirst],
  ['box content (专栏)', (_l, c) => c.inBox],
  ['cross-reference (第三条规定…, （一）项所列)', (l) => new RegExp(`^第\\s*[${CN}\\d]+\\s*[条條款项項](?:之[${CN}]+)?\\s*(?:[的规規所至第及和或与與、，,中]|$)`).test(l) || /^[（(][^）)]{1,3}[）)][项款項]/.test(l)],
  ['number or measure (10.3%, 0.99, 1.5亿元)', (l) => /^[\d０-９]{1,3}[.．][\d０-９]+\s*(?:[%％‰万亿元倍个吨米]|[A-Za-z]|[\d０-９]|$|[，。、；\s])/.test(l) && !/^[\d]{1,2}[.．](?:19|20)\d\d年/.test(l)],
  ['amendment history (…條條文, …號令)', (l) => /[条條]条文|[條条]條文|[号號]令|修正[发發]布/.test(l)],
  ['attachment file name (….doc, .xlsx, .pdf)', (l) => /\.(docx?|xlsx?|pdf|wps|zip|rar)\s*$/i.test(l)],
  ['table of contents (……12)', (l) => /(…{2,}|\.{4,}|·{4,})\s*\d+\s*$/.test(l)],
  ['table row (tabs, spaced columns, |)', (l) => /\t|\|| {2,}\S+ {2,}|　{2,}/.test(l.trim())],
  ['inline list (1、2、3)', (l) => new RegExp(`^[${CN}\\d]{1,3}[、.][${CN}\\d]{1,3}[、.]`).test(l)],
  ['marker only / bare number (a page number or a lost line)', (l) => l.replace(/\s/g, '').length <= 4],
]

function markerStarts(doc: PolicyDocument, out: Set<number>, first: { at: number }): void {
  const walk = (nodes: PolicyDocument['clauses']) => {
    for (const c of nodes) {
      const s = c.position?.start.offset
      if (s !== undefined) {
        out.add(s)
        if (s < first.at) first.at = s
      }
      walk(c.children.filter((x): x is (typeof nodes)[number] => x.type === 'clause'))
    }
  }
  walk(doc.clauses)
  for (const d of doc.documents) markerStarts(d, out, first)
}

const BOX = /^专栏\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})/

const counts = new Map<string, number>()
const unexplained: Array<{ id: string; line: number; text: string }> = []
let docs = 0
let lines = 0
const started = Date.now()
for await (const { id, text } of corpusDocuments({ bulk: !values['no-bulk'], limit: values.limit ? Number(values.limit) : undefined })) {
  docs++
  let doc: PolicyDocument
  try {
    doc = parse(text)
  } catch {
    continue
  }
  const starts = new Set<number>()
  const first = { at: Infinity }
  markerStarts(doc, starts, first)
  let inBox = false
  let lineNo = 0
  for (let ls = 0; ls <= text.length; ) {
    const le = text.indexOf('\n', ls) === -1 ? text.length : text.indexOf('\n', ls)
    lineNo++
    const raw = text.slice(ls, le)
    const lead = raw.length - raw.trimStart().length
    const line = raw.trim()
    const at = ls + lead
    if (BOX.test(line)) inBox = true
    const shaped = MARKER_SHAPED.test(line)
    const opens = starts.has(at) || starts.has(at + 1)
    if (opens) inBox = false
    if (shaped) {
      lines++
      let cls: string | undefined = opens ? 'opens a clause' : undefined
      cls ??= CLASSES.find(([, test]) => test(line, { beforeFirst: at < first.at, inBox }))?.[0]
      if (!cls) {
        cls = 'unexplained'
        unexplained.push({ id, line: lineNo, text: line.slice(0, 70) })
      }
      counts.set(cls, (counts.get(cls) ?? 0) + 1)
    }
    ls = le + 1
  }
}

const rows = [...counts].sort((a, b) => b[1] - a[1])
console.log(`${docs} documents, ${lines} marker-shaped lines, ${((Date.now() - started) / 1000).toFixed(0)} s`)
for (const [k, v] of rows) console.log(`${String(v).padStart(8)}  ${((100 * v) / lines).toFixed(1).padStart(5)}%  ${k}`)
const sample = spread(unexplained, Number(values.samples))
console.log(`\n${sample.length} unexplained lines:`)
for (const u of sample) console.log(`${u.id}:${u.line}  ${u.text}`)
if (values.out) writeFileSync(values.out, JSON.stringify({ docs, lines, counts: Object.fromEntries(rows), unexplained }, null, 1))
