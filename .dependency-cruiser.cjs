/**
 * The architecture rules `npm run depcheck` and test/architecture/deps.test.ts enforce on src/:
 * no import cycle, and data flows one way. A module may import its own layer, the layers listed
 * before it, and the lower layer; never a layer listed after it.
 *
 * The order is written once, here (README "Architecture" and ARCHITECTURE.md describe it).
 */

/** What every step shares: text views and diagnostics, genre words, tree and schema types. */
const LOWER = ['text', 'tree', 'schema']

/**
 * The pipeline's steps in data-flow order, then what runs them and what uses their result. A layer
 * is a folder of src/ or a top-level file (without `.ts`); one row is one layer.
 */
const ORDER = [
  ['decode'],
  ['formats'],
  ['normalize'],
  ['segment'],
  ['structure'],
  ['extract'],
  ['emit'],
  // the unified processor (the only module that knows the vfile), parse(), the steps one by one
  ['pipeline', 'parse', 'steps'],
  ['validate'],
  ['batch'],
  ['report'],
  ['eval'],
  ['cli'],
  // the package entries (the root and the subpaths in api/); nothing inside src/ imports them
  ['index', 'api'],
]

/**
 * KNOWN EXCEPTIONS: backward imports allowed for now, each with the reason and who removes it.
 * Delete an entry as soon as its import is gone; the check then holds the line.
 */
const KNOWN_EXCEPTIONS = []

// A layer name as a path pattern: `segment` is src/segment/…, `pipeline` is src/pipeline.ts. The
// `(^|/)src/` prefix lets the test cruise a fixture tree with the same rules.
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const layerPath = (names) => `(^|/)src/(${names.map((n) => `${escapeRegex(n)}(/|\\.ts$)`).join('|')})`
const exactPath = (p) => `(^|/)${escapeRegex(p)}$`

const layerNames = ORDER.flat()

/** One rule per layer: nothing it imports may come from a later layer (known exceptions aside). */
function orderRules() {
  const rules = []
  ORDER.forEach((layer, i) => {
    const later = ORDER.slice(i + 1).flat()
    if (!later.length) return
    const excepted = KNOWN_EXCEPTIONS.filter((x) => new RegExp(layerPath(layer)).test(x.from))
    const base = { severity: 'error', comment: `${layer.join(', ')} may import only ${[...LOWER, ...ORDER.slice(0, i + 1).flat()].join(', ')}` }
    rules.push({
      ...base,
      name: `order:${layer.join('+')}`,
      from: { path: layerPath(layer), ...(excepted.length ? { pathNot: excepted.map((x) => exactPath(x.from)) } : {}) },
      to: { path: layerPath(later) },
    })
    // a module with a known exception is still held to the order for every other import
    for (const x of excepted) {
      rules.push({
        ...base,
        name: `order:${layer.join('+')}:${x.from}`,
        from: { path: exactPath(x.from) },
        to: { path: layerPath(later), pathNot: exactPath(x.to) },
      })
    }
  })
  return rules
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'an import cycle ties modules so that neither can change, load or be tested alone',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lower-layer',
      severity: 'error',
      comment: `the lower layer (${LOWER.join(', ')}) imports no step`,
      from: { path: layerPath(LOWER) },
      to: { path: layerPath(layerNames) },
    },
    {
      name: 'known-layer',
      severity: 'error',
      comment: 'every module of src/ belongs to a layer: add a new folder or file to ORDER or LOWER',
      from: { path: '(^|/)src/' },
      to: { path: '(^|/)src/', pathNot: [layerPath([...LOWER, ...layerNames]), '\\.d\\.ts$'] },
    },
    ...orderRules(),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '(^|/)src/',
    // type-only imports count: a type from a later step ties the layers as much as a value does
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
}
