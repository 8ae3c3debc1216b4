import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import type { PolicyDocument, Position } from '../../src/index.js'
import { runValidate } from '../../src/cli/validate.js'

export const FIXTURES = 'test/fixtures/validate'

export const fixtureText = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8')
export const fixtureDoc = (name: string): PolicyDocument => JSON.parse(fixtureText(`${name}.json`))

/** The text a position covers in `text`. */
export const slice = (text: string, p: Position) => text.slice(p.start.offset, p.end.offset)

/** 1-based line of the only occurrence of `needle` in `text` (fails the test on 0 or 2+). */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle)
  if (i < 0 || text.indexOf(needle, i + 1) >= 0) throw new Error(`"${needle}" must occur exactly once`)
  return text.slice(0, i).split('\n').length
}

/** Runs `gongwen validate` and captures its output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        f(String(chunk))
        cb()
      },
    })
  const code = await runValidate(
    argv,
    sink((s) => (out += s)),
    sink((s) => (err += s)),
  )
  return { code, out, err }
}
