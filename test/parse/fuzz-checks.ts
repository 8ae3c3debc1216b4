/**
 * Invariants every parse must satisfy, whatever the input (used by test/fuzz.test.ts and
 * scripts/fuzz.ts). Each check returns the list of violations, empty when the document is sound.
 */
import { PolicyDocumentSchema, type Clause, type PolicyDocument } from '../../src/index.js'
import { withEntitiesRead } from '../../src/normalize/stray-markup.js'

/** One broken invariant, in words. */
export type Violation = string

/**
 * Folding used to compare clause text (taken from the normalized matching copy) with the original
 * input behind the clause's position. It undoes exactly the character-level edits the normalizer
 * is allowed to make: width (NFKC per code point), spaces, line breaks and zero-width characters
 * (dropped), bracket variants of document numbers (dropped), look-alike zeros in Chinese-numeral
 * years (all mapped to 〇). Applied per code point so that no composition happens across the
 * boundary of two clauses.
 */
const DROP = /[\s\u200b\ufeff\u3000[\]［］【】〔〕()（）]/u
const ZEROS = /[○OＯ0零〇]/u
export function fold(s: string): string {
  let out = ''
  // (the entities a plain text kept from a page's source are read as their marks, `&amp;` → `&`: normalize/stray-markup.ts)
  for (const ch of withEntitiesRead(s)) {
    const n = ch.normalize('NFKC')
    for (const c of n) {
      if (DROP.test(c)) continue
      out += ZEROS.test(c) ? '〇' : c
    }
  }
  return out
}

function allDocuments(d: PolicyDocument): PolicyDocument[] {
  return [d, ...d.documents.flatMap(allDocuments)]
}

function allClauses(cs: Clause[]): Clause[] {
  return cs.flatMap((c) => [c, ...allClauses(c.children)])
}

/** Every value carrying a `position`, with a label for messages. */
function positioned(value: unknown, label: string, out: Array<[string, { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }]>) {
  if (!value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    value.forEach((v, i) => positioned(v, `${label}[${i}]`, out))
    return
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === 'position' && v && typeof v === 'object') out.push([label, v as never])
    else positioned(v, `${label}.${k}`, out)
  }
}

/** Line starts as the parser's SourceText counts them (LF, CRLF, CR). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/**
 * The structural invariants for a string input:
 * 1. the document validates against PolicyDocumentSchema;
 * 2. every position lies inside the input, start ≤ end, and its line/column agree with its offset;
 * 3. every clause's position starts with its marker: `input.slice(start, start + marker.length) === marker`.
 */
export function checkStructure(input: string, doc: PolicyDocument): Violation[] {
  const out: Violation[] = []
  const valid = PolicyDocumentSchema.safeParse(doc)
  if (!valid.success)
    out.push(
      `schema: ${valid.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    )
  const starts = lineStarts(input)
  const pointOk = (p: { line: number; column: number; offset: number }) =>
    p.offset >= 0 && p.offset <= input.length && p.line >= 1 && p.line <= starts.length && starts[p.line - 1] + p.column - 1 === p.offset && (p.line === starts.length || p.offset < starts[p.line])
  const all: Array<[string, never]> = []
  positioned(doc, 'doc', all as never)
  for (const [label, pos] of all as Array<[string, { start: never; end: never }]>) {
    const s = pos.start as { line: number; column: number; offset: number }
    const e = pos.end as { line: number; column: number; offset: number }
    if (!pointOk(s) || !pointOk(e) || s.offset > e.offset) out.push(`position of ${label}: ${JSON.stringify(pos)} (input length ${input.length})`)
  }
  for (const d of allDocuments(doc))
    for (const c of allClauses(d.clauses)) {
      const at = c.position.start.offset
      if (input.slice(at, at + c.marker.length) !== c.marker)
        out.push(`clause ${c.path.join('/')}: marker ${JSON.stringify(c.marker)} ≠ input ${JSON.stringify(input.slice(at, at + c.marker.length))} at ${at}`)
    }
  return out
}

/** The input with the spans of `boilerplate-removed` diagnostics inside [from, to) cut out. */
function originalWithoutRemovals(input: string, doc: PolicyDocument, from: number, to: number): string {
  const cuts = doc.diagnostics
    .filter((d) => (d.code === 'boilerplate-removed' || d.code === 'toc-skipped') && d.position)
    .map((d) => [Math.max(from, d.position!.start.offset), Math.min(to, d.position!.end.offset)] as const)
    .filter(([a, b]) => a < b)
    .sort((a, b) => a[0] - b[0])
  let s = ''
  let at = from
  for (const [a, b] of cuts) {
    if (a > at) s += input.slice(at, a)
    at = Math.max(at, b)
  }
  return s + input.slice(at, to)
}

/**
 * Round trip of the clause tree (parse with `script: 'keep'`, so no character is converted).
 * For every document (outer and nested), a clause owns two regions of the original input: from
 * its marker to its first child clause (all of it when it has none), and, when text follows its
 * children (after an inline 一是/二是 list), from the end of its last child to its own end.
 * 1. all regions, in document order (a clause's head, its children, its tail), do not overlap
 *    and leave no gap holding text: the input between one region and the next folds to nothing
 *    (only spaces, line breaks, removed boilerplate);
 * 2. each clause's `marker + text` folds to exactly its head and tail regions (boilerplate cut):
 *    no character of the body between the first marker and the end of the last clause is lost,
 *    duplicated or invented;
 * 3. the preamble folds to a suffix of the input before the first clause.
 * Together: every non-space character of the body is in exactly one clause's text or the preamble.
 */
export function checkRoundTrip(input: string, doc: PolicyDocument): Violation[] {
  const out: Violation[] = []
  for (const d of allDocuments(doc)) {
    const cs = allClauses(d.clauses)
    let prevEnd = -1
    const region = (c: Clause, start: number, end: number) => {
      if (prevEnd >= 0) {
        if (start < prevEnd) out.push(`clause ${c.path.join('/')} region at ${start} starts inside the previous one (ends ${prevEnd})`)
        else {
          const gap = fold(originalWithoutRemovals(input, doc, prevEnd, start))
          if (gap) out.push(`text before ${c.path.join('/')} (at ${start}) is in no clause: ${JSON.stringify(gap.slice(0, 40))}`)
        }
      }
      prevEnd = Math.max(prevEnd, end)
    }
    const visit = (c: Clause) => {
      // Own regions: before the first child, between children, after the last child.
      const bounds = [c.position.start.offset, ...c.children.flatMap((k) => [k.position.start.offset, k.position.end.offset]), c.position.end.offset]
      let own = ''
      for (let k = 0; k < bounds.length; k += 2) {
        const [a, b] = [bounds[k], bounds[k + 1]]
        const piece = a < b ? originalWithoutRemovals(input, doc, a, b) : ''
        if (k === 0 || fold(piece)) region(c, a, b)
        own += piece
        if (k / 2 < c.children.length) visit(c.children[k / 2])
      }
      const got = fold(c.marker + c.text)
      if (fold(own) !== got) out.push(`clause ${c.path.join('/')} text ≠ its span: ${JSON.stringify(got.slice(0, 60))} vs ${JSON.stringify(fold(own).slice(0, 60))}`)
    }
    d.clauses.forEach(visit)
    if (d.preamble) {
      const before = fold(originalWithoutRemovals(input, doc, 0, cs.length ? cs[0].position.start.offset : input.length))
      const pre = fold(d.preamble)
      if (cs.length ? !before.endsWith(pre) : !before.includes(pre)) out.push(`preamble is not the text before the first clause: ${JSON.stringify(pre.slice(0, 60))}`)
    }
  }
  return out
}

/** Work done by the regular-expression engine during `fn`, counted deterministically. */
export interface RegexWork {
  /** Calls of RegExp.prototype.exec (every match, test, replace, split and matchAll goes through it). */
  calls: number
  /** Characters the calls covered: from where each search starts to where its match ends (or to the end of the subject when it fails). */
  scanned: number
}

/**
 * Runs `fn` with RegExp.prototype.exec wrapped by a counter. Unlike wall time this does not
 * depend on the machine's load, so a linear-time check built on it cannot flake. It sees the
 * number and reach of regex searches (an O(n²) loop of searches shows up as O(n²) calls or
 * characters); it does not see backtracking inside one search (covered by the hostile-input tests).
 */
export function countRegexWork<T>(fn: () => T): { result: T; work: RegexWork } {
  const proto = RegExp.prototype
  const original = proto.exec
  const work: RegexWork = { calls: 0, scanned: 0 }
  proto.exec = function (this: RegExp, subject: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0
    const m = original.call(this, subject)
    work.calls++
    const len = String(subject).length
    work.scanned += m ? m.index + m[0].length - from : this.sticky ? 1 : Math.max(0, len - from)
    return m
  }
  try {
    return { result: fn(), work }
  } finally {
    proto.exec = original
  }
}
