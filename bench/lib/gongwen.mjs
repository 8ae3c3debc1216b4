/**
 * Loads the code under test: the built package (dist/, what users get) and the per-stage
 * functions. The stages come from `dist` when the package exports them (`stages`), otherwise from
 * src/stages.ts through tsx, so `npm run bench` works before and after that export exists.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DIST = `${ROOT}dist/index.js`

/** @returns {Promise<{ pkg: any, stages: any, stagesFrom: 'dist' | 'src (tsx)' }>} */
export async function loadGongwen() {
  if (!existsSync(DIST)) throw new Error('bench: dist/index.js is missing, run `npm run build` first (npm run bench does)')
  const pkg = await import(pathToFileURL(DIST).href)
  if (pkg.stages) return { pkg, stages: pkg.stages, stagesFrom: 'dist' }
  const { tsImport } = await import('tsx/esm/api')
  const stages = await tsImport(`${ROOT}src/stages.ts`, import.meta.url)
  return { pkg, stages, stagesFrom: 'src (tsx)' }
}
