/**
 * `npm install` on a fresh clone must leave package-lock.json unchanged. npm adds every platform's
 * optional binary of a dependency to the lock; a lock written without them is rewritten on install.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> }>
}

describe('package-lock.json', () => {
  it('lists every optional platform package of every locked dependency (the @node-rs/jieba and esbuild binaries)', () => {
    const missing: string[] = []
    let optional = 0
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        optional++
        if (!lock.packages[`node_modules/${name}`] && !lock.packages[`${path}/node_modules/${name}`]) missing.push(`${path} → ${name}`)
      }
    }
    expect(missing).toEqual([])
    const jieba = Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/@node-rs/jieba-'))
    expect(jieba.length).toBe(Object.keys(lock.packages['node_modules/@node-rs/jieba'].optionalDependencies!).length)
    expect(optional).toBeGreaterThanOrEqual(jieba.length)
  })
})
