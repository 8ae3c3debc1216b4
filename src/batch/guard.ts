import { realpath, stat } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { globBase, hasMagic } from './glob.js'

/** The output would overwrite or swallow an input (exit 2 in the CLI). */
export class OutputConflict extends Error {}

/** The files a file output owns besides itself. */
export const journalPathOf = (out: string) => out + '.progress'
export const lockPathOf = (out: string) => out + '.lock'
/** The same for a directory output. */
export const DIR_JOURNAL = '.gongwen-batch.progress'
export const DIR_LOCK = '.gongwen-batch.lock'

const identity = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`

/**
 * Refuses an output that is one of the inputs, before anything is opened for writing:
 *
 * - a file output (or its journal or lock) that is an input file — by identity, so a symlink or
 *   a hard link to the input is caught as well as the same name;
 * - a directory output that is an input directory, or that holds an input (its records, one file
 *   per input, could land on an input's name).
 *
 * An output *inside* an input directory is not refused: the walk leaves it out (see
 * `skipPaths` in the enumeration), so it is never read back.
 *
 * @example
 * await checkOutput(['doc.txt'], 'doc.txt', 'file') // throws OutputConflict
 */
export async function checkOutput(inputs: string[], out: string, kind: 'file' | 'dir'): Promise<void> {
  const roots = inputs.map((arg) => (hasMagic(arg) ? globBase(arg) : arg))
  if (kind === 'file') {
    const owned = new Map<string, string>()
    for (const p of [out, journalPathOf(out), lockPathOf(out)]) {
      const st = await stat(p).catch(() => null)
      if (st) owned.set(identity(st), p)
    }
    if (!owned.size) return // a file that does not exist yet cannot be an input
    for (const arg of roots) {
      const st = await stat(arg).catch(() => null)
      if (!st || st.isDirectory()) continue
      const hit = owned.get(identity(st))
      if (hit) {
        const same = hit === out ? `the output ${out}` : `${hit} (the output's ${hit.endsWith('.lock') ? 'lock' : 'progress journal'})`
        throw new OutputConflict(`${same} is the input ${arg}: writing it would destroy the input; choose another --out`)
      }
    }
    return
  }
  const outReal = await realOrResolved(out)
  const outSt = await stat(out).catch(() => null)
  for (const arg of roots) {
    const st = await stat(arg).catch(() => null)
    if (!st) continue
    if (outSt && identity(st) === identity(outSt)) {
      throw new OutputConflict(`the output directory ${out} is the input ${arg}; choose another --out`)
    }
    const real = await realOrResolved(arg)
    if (real.startsWith(outReal.endsWith(sep) ? outReal : outReal + sep)) {
      throw new OutputConflict(`the input ${arg} lies inside the output directory ${out}, where its records could overwrite inputs; choose another --out`)
    }
  }
}

/** The real path, or for a path not created yet its existing ancestor's real path plus the rest. */
async function realOrResolved(p: string): Promise<string> {
  const abs = resolve(p)
  let head = abs
  let tail = ''
  for (;;) {
    try {
      const real = await realpath(head)
      return tail ? resolve(real, tail) : real
    } catch {
      const parent = dirname(head)
      if (parent === head) return abs
      tail = tail ? `${head.slice(parent.length + (parent.endsWith(sep) ? 0 : 1))}${sep}${tail}` : head.slice(parent.length + (parent.endsWith(sep) ? 0 : 1))
      head = parent
    }
  }
}
