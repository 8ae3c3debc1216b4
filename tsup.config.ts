import { defineConfig } from 'tsup'

/**
 * Dependencies published only as ES modules. The CommonJS build bundles them: `require()` of an ES
 * module is missing before Node 20.19, and where it exists tsup's interop takes the module namespace
 * for a plugin's default export (unified then throws "received an empty preset" at load).
 */
const esmOnly = [
  'unified',
  'vfile',
  'unist-util-visit',
  'remark-parse',
  'remark-gfm',
  'rehype-parse',
  'hast-util-to-text',
  'mdast-util-gfm-table',
  'mdast-util-to-markdown',
]

// Library: ESM + CJS + d.ts (one build per format: only the CommonJS one bundles `esmOnly`).
// CLI and batch worker: ESM only (they are entry points, not imports).
const library = { entry: { index: 'src/index.ts' }, dts: true, sourcemap: true, target: 'node20', shims: true } as const
export default defineConfig([
  { ...library, format: ['esm'], clean: true },
  { ...library, format: ['cjs'], noExternal: esmOnly },
  {
    entry: { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
])
