import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const repo = join(import.meta.dirname, '..', '..')
const runner = join(import.meta.dirname, 'run-batch.ts')

/** `gongwen batch …` as a child process, from source. */
export function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', runner, ...args], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
}

export interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Peak resident memory of the child, in MB. */
  maxRssMb: number
}

export function finish(child: ChildProcess): Promise<Finished> {
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += d))
  child.stderr!.on('data', (d) => (stderr += d))
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      const kb = Number(/maxRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN)
      resolve({ code, signal, stdout, stderr: stderr.replace(/maxRSS_KB=\d+\n/, ''), maxRssMb: kb / 1024 })
    }),
  )
}

export const batch = (args: string[], env?: Record<string, string>) => finish(start(args, env))

export const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean) : [])

export const records = (file: string) => lines(file).map((l) => JSON.parse(l) as { input: string; ok: boolean; file?: string; error?: { code: string; message: string } })
