import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Clause, PolicyDocument } from '../src/index.js'
import type { Line } from '../src/tree/segment.js'

export const CORPUS = new URL('../corpus/', import.meta.url).pathname
const FIXTURES = new URL('./fixtures/', import.meta.url)

/**
 * The .txt files of a repository folder as repository-relative paths in name order, for tests that
 * hold a gate to its ungated reading over whole folders, e.g. repoTextFiles('corpus/seeds/').
 */
export function repoTextFiles(path: string): string[] {
  return readdirSync(new URL(`../${path}`, import.meta.url))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path + f)
}

/**
 * The text of every .txt file under a repository folder and its subfolders, in name order, for tests
 * that hold a gate to its ungated reading, e.g. repoTextsDeep('test/fixtures/').
 */
export function repoTextsDeep(path: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const file = join(dir, name)
        return statSync(file).isDirectory() ? walk(file) : name.endsWith('.txt') ? [readFileSync(file, 'utf8')] : []
      })
  return walk(new URL(`../${path}`, import.meta.url).pathname)
}

/** Text of a fixture under test/fixtures, e.g. fixtureText('outside8/bare-unit-lines.txt'). */
export function fixtureText(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8')
}

/** Text of a seed by its number prefix, e.g. seed('003'). */
export function seed(prefix: string): string {
  const dir = join(CORPUS, 'seeds')
  const name = readdirSync(dir).find((f) => f.startsWith(prefix))
  if (!name) throw new Error(`no seed ${prefix}`)
  return readFileSync(join(dir, name), 'utf8')
}

/** All policy documents: [file name, text]. */
export function policyDocs(filter: (name: string) => boolean = () => true): Array<[string, string]> {
  const dir = join(CORPUS, 'policy')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && filter(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')])
}

/** Depth-first list of clauses. */
export function allClauses(cs: Clause[]): Clause[] {
  return cs.flatMap((c) => [c, ...allClauses(c.children)])
}

export function allDocuments(d: PolicyDocument): PolicyDocument[] {
  return [d, ...d.documents.flatMap(allDocuments)]
}

/** The clause whose heading (or path key) matches. */
export function clauseByHeading(cs: Clause[], heading: string): Clause | undefined {
  return allClauses(cs).find((c) => c.heading === heading)
}

/** The roles of the task at `path` (`一/（一）`), each as `role unit、unit`; undefined when no task is there. */
export function taskRoles(doc: PolicyDocument, path: string): string[] | undefined {
  return doc.tasks.find((t) => t.path.join('/') === path)?.roles.map((r) => `${r.role} ${r.units.map((u) => u.name).join('、')}`)
}

/** path → [[role, units]] of the tasks of a parse and of its nested documents, for tables of expected roles. */
export function rolesByPath(doc: PolicyDocument): Record<string, Array<[string, string[]]>> {
  const out: Record<string, Array<[string, string[]]>> = {}
  for (const d of [doc, ...doc.documents]) for (const t of d.tasks) out[t.path.join('/')] = t.roles.map((r) => [r.role, r.units.map((u) => u.name)])
  return out
}

/** The non-blank lines of a text with their offsets, as the structure stage hands them to its table readers. */
export function nonBlankLines(text: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start, end: start + line.length, text: line })
    start += line.length + 1
  }
  return out
}
