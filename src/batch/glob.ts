/**
 * A small glob matcher for input selection and --include/--exclude (Node 20 has no fs.glob).
 *
 * Supports `*` (any run within a path segment), `?` (one character), `[abc]`/`[a-z]`/`[!x]`
 * (a class), `{a,b}` (alternatives, expanded up front) and `**` (any number of whole segments).
 * Matching works segment by segment with a backtracking-free wildcard walk, so it stays linear-ish
 * in the path length whatever the pattern (no regular expressions built from user input).
 */

/** True when `s` contains glob syntax. */
export function hasMagic(s: string): boolean {
  return /[*?[{]/.test(s)
}

/** Expands `{a,b}` alternatives (nested allowed) into plain patterns; at most 256 of them. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{')
  if (open < 0) return [pattern]
  let depth = 0
  const commas: number[] = []
  let close = -1
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '{') depth++
    else if (c === '}') {
      depth--
      if (depth === 0) {
        close = i
        break
      }
    } else if (c === ',' && depth === 1) commas.push(i)
  }
  if (close < 0 || commas.length === 0) {
    // not an alternation: keep the brace literally, expand what follows
    return expandBraces(pattern.slice(open + 1)).map((rest) => pattern.slice(0, open + 1) + rest)
  }
  const head = pattern.slice(0, open)
  const tail = pattern.slice(close + 1)
  const cuts = [open, ...commas, close]
  const out: string[] = []
  for (let k = 0; k + 1 < cuts.length && out.length < 256; k++) {
    for (const alt of expandBraces(head + pattern.slice(cuts[k] + 1, cuts[k + 1]) + tail)) {
      if (out.length < 256) out.push(alt)
    }
  }
  return out
}

/** Matches one path segment against one glob segment (no `/`, no braces). */
export function matchSegment(glob: string, s: string): boolean {
  // classic two-pointer wildcard match: remembers only the last `*`, so O(len(glob)·len(s)) worst case
  let g = 0
  let i = 0
  let star = -1
  let mark = 0
  while (i < s.length) {
    if (g < glob.length && glob[g] === '*') {
      star = g++
      mark = i
      continue
    }
    const step = g < glob.length ? matchOne(glob, g, s[i]) : 0
    if (step > 0) {
      g += step
      i++
      continue
    }
    if (star < 0) return false
    g = star + 1
    i = ++mark
  }
  while (g < glob.length && glob[g] === '*') g++
  return g === glob.length
}

/** Length of the glob token at g if it matches ch (1 for a literal or ?, the class length for [..]), else 0. */
function matchOne(glob: string, g: number, ch: string): number {
  const c = glob[g]
  if (c === '?') return 1
  if (c === '\\' && g + 1 < glob.length) return glob[g + 1] === ch ? 2 : 0
  if (c === '[') {
    const end = glob.indexOf(']', g + 2)
    if (end < 0) return ch === '[' ? 1 : 0
    let k = g + 1
    const negate = glob[k] === '!' || glob[k] === '^'
    if (negate) k++
    let hit = false
    for (; k < end; k++) {
      if (glob[k + 1] === '-' && k + 2 < end) {
        if (ch >= glob[k] && ch <= glob[k + 2]) hit = true
        k += 2
      } else if (glob[k] === ch) hit = true
    }
    return hit !== negate ? end - g + 1 : 0
  }
  return c === ch ? 1 : 0
}

/** Matches a `/`-separated path against a glob of segments, `**` spanning any number of them. */
function matchSegments(globs: string[], parts: string[]): boolean {
  // reach[j] = glob prefix so far can consume exactly parts[0..j)
  let reach = new Uint8Array(parts.length + 1)
  reach[0] = 1
  for (const g of globs) {
    const next = new Uint8Array(parts.length + 1)
    if (g === '**') {
      let on = 0
      for (let j = 0; j <= parts.length; j++) {
        if (reach[j]) on = 1
        // ** does not descend into dot-segments, like shells
        if (on) next[j] = 1
        if (j < parts.length && parts[j].startsWith('.')) on = 0
      }
    } else {
      for (let j = 0; j < parts.length; j++) if (reach[j] && matchSegment(g, parts[j])) next[j + 1] = 1
    }
    reach = next
  }
  return reach[parts.length] === 1
}

/**
 * A predicate for a glob pattern. Paths and patterns use `/` (backslashes in paths are
 * converted). A pattern without `/` matches the base name only, as in .gitignore.
 *
 * @example
 * const isNotice = globMatcher('**\/*{通知,意见}*.txt')
 * isNotice('corpus/policy/国务院办公厅关于2019年部分节假日安排的通知.txt') // true
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  const patterns = expandBraces(pattern.replace(/^\.\//, ''))
  const compiled = patterns.map((p) => ({ baseOnly: !p.includes('/'), globs: p.split('/').filter((s, i) => s !== '' || i === 0) }))
  return (path: string) => {
    const norm = path.replace(/\\/g, '/').replace(/^\.\//, '')
    const parts = norm.split('/')
    const base = parts[parts.length - 1]
    return compiled.some((c) => (c.baseOnly ? matchSegment(c.globs[0], base) : matchSegments(c.globs, parts)))
  }
}

/** The directory part of a pattern before its first magic segment (`corpus/**\/*.txt` → `corpus`). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const p of parts) {
    if (hasMagic(p)) break
    fixed.push(p)
  }
  if (fixed.length === parts.length) fixed.pop()
  const base = fixed.join('/')
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base
}
