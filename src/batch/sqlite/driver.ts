import { createRequire } from 'node:module'

/**
 * The part of better-sqlite3 the archive code uses. Typed here so the package stays an optional
 * dependency: it is loaded only when an archive is opened, never by the rest of gongwen.
 */
export interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint }
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  iterate(...params: unknown[]): IterableIterator<unknown>
  pluck(on?: boolean): Statement
  raw(on?: boolean): Statement
}

export interface Database {
  prepare(sql: string): Statement
  exec(sql: string): Database
  pragma(sql: string, options?: { simple?: boolean }): unknown
  function(name: string, options: { deterministic?: boolean }, fn: (...args: never[]) => unknown): Database
  transaction<F extends (...args: never[]) => unknown>(fn: F): F
  close(): void
  readonly inTransaction: boolean
  readonly open: boolean
}

export interface OpenOptions {
  readonly?: boolean
  fileMustExist?: boolean
  /** ms to wait for another process's lock before SQLITE_BUSY. */
  timeout?: number
}

type Constructor = new (path: string, options?: OpenOptions) => Database

/** better-sqlite3 is missing or did not build: the message says how to get it. */
export class DriverMissing extends Error {}

let cached: Constructor | null = null

/** Loads better-sqlite3 on first use; throws DriverMissing with install advice when it cannot. */
export function sqliteDriver(): Constructor {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  try {
    cached = require('better-sqlite3') as Constructor
  } catch (e) {
    throw new DriverMissing(
      `SQLite output needs the optional dependency better-sqlite3, which is not installed or did not build ` +
        `(${(e as Error).message.split('\n')[0]}). Install it with \`npm install better-sqlite3\` ` +
        `(it compiles from source when no prebuilt binary is reachable: needs python3, make and a C++ compiler).`,
    )
  }
  return cached
}

/** Opens (or creates) a database file. */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const Driver = sqliteDriver()
  return new Driver(path, { timeout: 2000, ...options })
}

/** SQLITE_* error code of an error thrown by the driver, if any. */
export function sqliteCode(e: unknown): string | null {
  const code = (e as { code?: unknown })?.code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null
}

/** A driver error as a sentence a user can act on. */
export function describeSqliteError(e: unknown, path: string): string {
  const code = sqliteCode(e) ?? ''
  const msg = (e as Error)?.message ?? String(e)
  if (code === 'SQLITE_NOTADB') return `${path} is not an SQLite database (${msg})`
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `${path} is locked by another process (${msg}); wait for it to finish or choose another file`
  if (code.startsWith('SQLITE_FULL')) return `cannot write ${path}: the disk is full (${msg})`
  if (code.startsWith('SQLITE_READONLY')) return `cannot write ${path}: it is read-only (${msg})`
  if (code.startsWith('SQLITE_CANTOPEN')) return `cannot open ${path} (${msg})`
  if (code.startsWith('SQLITE_IOERR')) return `input/output error on ${path} (${msg})`
  if (code.startsWith('SQLITE_CORRUPT')) return `${path} is damaged (${msg})`
  return `${path}: ${msg}`
}
