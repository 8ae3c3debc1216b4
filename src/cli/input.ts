import { readFileSync, statSync } from 'node:fs'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { PolicyDocument } from '../schema/document.js'

/** Exit codes shared by the commands (README, "Command line"). */
export const EXIT = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const

/** A command-line failure with the exit code it ends the command with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message)
  }
}

/** Why a file could not be read, without the code repeated (`ENOENT: ENOENT: …`) and without the path. */
export function readFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    default:
      return err.message ?? String(e)
  }
}

/**
 * The bytes of FILE, or of standard input for `-`. A missing or unreadable file, or one that is not
 * a regular file (a FIFO, a device, a folder), is a usage error (exit 2) naming the file.
 */
export async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') return readStdin()
  try {
    const st = statSync(file)
    if (st.isDirectory()) throw new CliError(`${file}: is a folder; \`gongwen batch\` or \`gongwen validate\` take folders`)
    if (!st.isFile()) throw new CliError(`${file}: not a regular file`)
    return readFileSync(file)
  } catch (e) {
    if (e instanceof CliError) throw e
    throw new CliError(`cannot read ${file}: ${readFailure(e)}`)
  }
}

/**
 * All of standard input. Read as a stream: `readFileSync(0)` fails with EAGAIN when the pipe is
 * non-blocking (`gongwen parse - | gongwen validate -`).
 */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  } catch (e) {
    throw new CliError(`cannot read standard input: ${readFailure(e)}`)
  }
  return Buffer.concat(chunks)
}

/**
 * The error diagnostic of a document that has no text (its code: `empty`, `binary`,
 * `invalid-encoding`, `too-large`), if any: the commands fail on it instead of reporting success.
 */
export function noText(doc: PolicyDocument): Diagnostic | undefined {
  return doc.diagnostics.find((d) => d.severity === 'error')
}

/** A bad command line (unknown option, wrong value, missing argument): exit 2, with the command's help. */
export class UsageError extends CliError {}

/** `--name value` must be one of `allowed`; the error names the bad value and the allowed ones. */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown --${name} ${JSON.stringify(value)} (one of: ${allowed.join(', ')})`)
  return value as T
}
