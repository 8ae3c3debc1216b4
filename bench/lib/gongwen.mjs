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

/** Stage functions the bench wants beyond `stages`: where the package or src/ has them. */
const EXTRAS = [{ name: 'gongwenExtract', module: 'src/pipeline.ts' }]

/** @returns {Promise<{ pkg: any, stages: any, stagesFrom: string, notes: Record<string, string> }>} */
export async function loadGongwen() {
  if (!existsSync(DIST)) throw new Error('bench: dist/index.js is missing, run `npm run build` first (npm run bench does)')
  const pkg = await import(pathToFileURL(DIST).href)
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
    if (typeof pkg[x.name] === 'function') { stages[x.name] = pkg[x.name]; continue }
    if (!existsSync(`${ROOT}${x.module}`)) continue
    const mod = await src(x.module)
    if (typeof mod[x.name] !== 'function') continue
    stages[x.name] = mod[x.name]
    notes[x.name] = `${x.name} from ${x.module} through tsx (not exported by the package)`
  }
  return { pkg, stages, stagesFrom, notes }
}
