import { createHash } from 'node:crypto'
import { sep } from 'node:path'

/** One machine's part of a batch: inputs whose hash modulo `count` is `index - 1`. */
export interface Shard {
  /** 1-based: 1 … count. */
  index: number
  count: number
}

/**
 * Reads `k/n` (1 ≤ k ≤ n). Throws a plain Error with the reason.
 *
 * @example parseShard('2/8') // { index: 2, count: 8 }
 */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!m) throw new Error(`--shard takes k/n (e.g. 1/4), not ${text}`)
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || index < 1 || index > count) throw new Error(`--shard ${text}: k must be between 1 and n`)
  return { index, count }
}

/**
 * Whether an input (by its batch key: path, line, content hash) belongs to this shard. The key's
 * absolute path is made relative to the working directory first, so machines that run the same
 * command from the same relative place agree even when the share is mounted at different paths.
 * The hash is the first 32 bits of SHA-256: the same on every machine, platform and Node version.
 */
export function inShard(key: string, shard: Shard, cwd = process.cwd()): boolean {
  if (shard.count === 1) return true
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep
  const stable = key.startsWith(prefix) ? key.slice(prefix.length) : key
  const h = createHash('sha256').update(stable).digest().readUInt32BE(0)
  return h % shard.count === shard.index - 1
}
