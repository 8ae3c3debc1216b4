import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

/** jieba words at least this frequent go into the browser bundle (see segment.browser.ts). */
const BROWSER_DICT_MIN_FREQ = 500

/**
 * The browser build: a relative import of X.js resolves to X.browser.ts when that file exists
 * (sha256, validate/files, batch, the word segmenter), and `gongwen:browser-dict` is jieba's
 * dictionary cut to its frequent words (frequencies in base 36, to keep the page small).
 */
/** esbuild's plugin build handle, as tsup's options type it. */
type PluginBuild = Parameters<NonNullable<Options['esbuildPlugins']>[number]['setup']>[0]

const browserSwap = {
  name: 'gongwen-browser-swap',
  setup(build: PluginBuild) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const twin = resolve(args.resolveDir, args.path.replace(/\.js$/, '.browser.ts'))
      if (twin !== args.importer && existsSync(twin)) return { path: twin }
      return undefined
    })
    build.onResolve({ filter: /^gongwen:browser-dict$/ }, () => ({ path: 'browser-dict', namespace: 'gongwen' }))
    build.onLoad({ filter: /.*/, namespace: 'gongwen' }, () => {
      const file = resolve(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.js')), 'dict.txt')
      let total = 0
      const kept: string[] = []
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const [w, f, t] = line.split(' ')
        if (!w) continue
        total += Number(f)
        if (Number(f) >= (w.length === 1 ? 0 : BROWSER_DICT_MIN_FREQ)) kept.push(`${w} ${Number(f).toString(36)} ${t}`)
      }
      return { contents: `export default ${JSON.stringify({ words: kept.join('\n'), total })}`, loader: 'js' }
    })
  },
}

/**
 * Dependencies published only as ES modules. The CommonJS build bundles them: `require()` of an ES
 * module is missing before Node 20.19, and where it exists tsup's interop takes the module namespace
 * for a plugin's default export (unified then throws "received an empty preset" at load).
 */
const esmOnly = ['unified', 'vfile', 'unist-util-visit', 'remark-parse', 'remark-gfm', 'rehype-parse', 'hast-util-to-text', 'mdast-util-gfm-table', 'mdast-util-to-markdown']

// Library: ESM + CJS + d.ts (one build per format: only the CommonJS one bundles `esmOnly`).
// CLI and batch worker: ESM only (they are entry points, not imports).
// Browser: ESM, no Node built-ins (package.json's `browser` condition).
/** The public layers (package.json `exports`): the root and its subpaths. */
const layers = { index: 'src/index.ts', unified: 'src/api/unified.ts', grammar: 'src/api/grammar.ts', validate: 'src/api/validate.ts', batch: 'src/api/batch.ts' }
// Shared code goes to chunks in both formats, so a class (DecodeError, ConfigError) is one class
// whichever subpath it is imported from.
const library = { entry: layers, dts: true, sourcemap: true, target: 'node20', shims: true, splitting: true } as const
/** Both browser bundles: every dependency inlined, Node modules swapped for their browser twins. */
const browserBundle: Options = {
  platform: 'browser',
  target: 'es2022',
  minify: true,
  noExternal: [/.*/],
  esbuildPlugins: [browserSwap],
  // CJK as UTF-8, not \uXXXX escapes: the grammars and the word list are mostly Chinese.
  esbuildOptions: (o) => {
    o.charset = 'utf8'
  },
}

export default defineConfig([
  { ...library, format: ['esm'], clean: true },
  { ...library, format: ['cjs'], noExternal: esmOnly },
  {
    entry: { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts', segmenter: 'src/batch/segmenter-thread.ts', 'sqlite-writer': 'src/batch/sqlite/writer-thread.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The root stays one self-contained file (a page can import it from a single URL); the other
  // browser-safe layers (batch is Node only) share chunks among themselves.
  { ...browserBundle, entry: { browser: layers.index }, format: ['esm'], splitting: false },
  { ...browserBundle, entry: { 'browser-unified': layers.unified, 'browser-grammar': layers.grammar, 'browser-validate': layers.validate }, format: ['esm'] },
  // The report page's script: the library's browser build + renderer, inlined by `gongwen report`.
  { ...browserBundle, entry: { 'report-client': 'src/report/client.ts' }, format: ['iife'], metafile: true, outExtension: () => ({ js: '.js' }) },
])
