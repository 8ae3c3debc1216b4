/**
 * Loads the code under test: the built package (dist/, what users get) and the per-stage
 * functions. The steps come from the package's `stages` export; a build without it falls back to
 * src/steps.ts (src/stages.ts in older commits) through tsx, so the bench runs against older
 * commits too; their `…Stage` names are read as `…Step`. A stage function the
 * package does not export (the extract transformer, today) is loaded from src/ the same way, and
 * the report says so.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DIST = `${ROOT}dist/index.js`

export const UNIFIED = `${ROOT}dist/unified.js`

/** The string-level scanners the per-clause stages call, where the root no longer exports them. */
const SCANNERS = [
  { names: ['scanRoles', 'jurisdictionFromTitle'], module: 'src/extract/roles/index.ts' },
  { names: ['scanTime'], module: 'src/extract/time/index.ts' },
]

/** Stage functions the bench wants beyond `stages`: where the package or src/ has them. */
const EXTRAS = [{ name: 'gongwenExtract', module: 'src/pipeline.ts' }]

/** @returns {Promise<{ pkg: any, stages: any, stagesFrom: string, notes: Record<string, string> }>} */
export async function loadGongwen() {
  if (!existsSync(DIST)) throw new Error('bench: dist/index.js is missing, run `npm run build` first (npm run bench does)')
  // The root plus the unified layer (the processor and its plugins) of the build; the scanners as
  // the extract stage calls them (offset-based, not gongwen/grammar's positioned wrappers) from src/.
  const pkg = { ...(await import(pathToFileURL(DIST).href)) }
  if (existsSync(UNIFIED)) for (const [k, v] of Object.entries(await import(pathToFileURL(UNIFIED).href))) pkg[k] ??= v
  let tsImport
  const src = async (rel) => {
    tsImport ??= (await import('tsx/esm/api')).tsImport
    return tsImport(`${ROOT}${rel}`, import.meta.url)
  }
  let stages = pkg.stages
  let stagesFrom = 'dist (`stages` export)'
  if (!stages) {
    const file = existsSync(`${ROOT}src/steps.ts`) ? 'src/steps.ts' : 'src/stages.ts'
    stages = await src(file)
    stagesFrom = `${file} through tsx (the build has no \`stages\` export)`
  }
  stages = { ...stages }
  for (const k of Object.keys(stages)) if (k.endsWith('Stage')) stages[k.replace(/Stage$/, 'Step')] ??= stages[k]
  const notes = {}
  for (const x of EXTRAS) {
    if (typeof stages[x.name] === 'function') continue
    if (typeof pkg[x.name] === 'function') {
      stages[x.name] = pkg[x.name]
      continue
    }
    if (!existsSync(`${ROOT}${x.module}`)) continue
    const mod = await src(x.module)
    if (typeof mod[x.name] !== 'function') continue
    stages[x.name] = mod[x.name]
    notes[x.name] = `${x.name} from ${x.module} through tsx (not exported by the package)`
  }
  for (const x of SCANNERS) {
    if (x.names.every((n) => typeof pkg[n] === 'function') || !existsSync(`${ROOT}${x.module}`)) continue
    const mod = await src(x.module)
    for (const n of x.names)
      if (typeof pkg[n] !== 'function' && typeof mod[n] === 'function') {
        pkg[n] = mod[n]
        notes[n] = `${n} from ${x.module} through tsx (internal, offset-based)`
      }
  }
  return { pkg, stages, stagesFrom, notes }
}
