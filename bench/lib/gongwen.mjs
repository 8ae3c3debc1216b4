/**
 * Loads the code under test: the built package (dist/, what users get) and the per-stage
 * functions. The stages come from `dist` when the package exports them (`stages`), otherwise from
 * src/stages.ts through tsx, so `npm run bench` works before and after that export exists.
 * An extract stage that stages.ts does not have yet is stood in for by its module's string-level
 * scanner run over the normalized text (what the stage will run on), loaded from src/ — and says so.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DIST = `${ROOT}dist/index.js`

/** Stage function → the module scanner that stands in for it until stages.ts exports it. */
const STAND_INS = [
  { stage: 'extractRolesStage', module: 'src/extract/roles/index.ts', fn: 'scanRoles' },
  { stage: 'extractDeadlinesStage', module: 'src/extract/time/index.ts', fn: 'scanTime' },
]

/** @returns {Promise<{ pkg: any, stages: any, stagesFrom: string, notes: Record<string, string> }>} */
export async function loadGongwen() {
  if (!existsSync(DIST)) throw new Error('bench: dist/index.js is missing, run `npm run build` first (npm run bench does)')
  const pkg = await import(pathToFileURL(DIST).href)
  let stages = pkg.stages
  let stagesFrom = 'dist'
  let tsImport
  const src = async (rel) => {
    tsImport ??= (await import('tsx/esm/api')).tsImport
    return tsImport(`${ROOT}${rel}`, import.meta.url)
  }
  if (!stages) { stages = await src('src/stages.ts'); stagesFrom = 'src/stages.ts (tsx)' }
  stages = { ...stages }
  const notes = {}
  for (const s of STAND_INS) {
    if (typeof stages[s.stage] === 'function' || !existsSync(`${ROOT}${s.module}`)) continue
    const mod = await src(s.module)
    if (typeof mod[s.fn] !== 'function') continue
    stages[s.stage] = (view) => mod[s.fn](view.text)
    notes[s.stage] = `stand-in: \`${s.fn}(view.text)\` from ${s.module} (stages.${s.stage} not there yet)`
  }
  return { pkg, stages, stagesFrom, notes }
}
