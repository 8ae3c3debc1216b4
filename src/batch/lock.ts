import { hostname } from 'node:os'
import { open, readFile, rm, stat } from 'node:fs/promises'

/** Another run holds the output (exit 2 in the CLI). */
export class OutputLocked extends Error {}

/** A lock file without an owner younger than this may be one being written right now. */
const UNOWNED_GRACE_MS = 10_000

interface LockInfo {
  pid: number
  host: string
  started: string
}

/**
 * An exclusive lock on an output: a file created with O_EXCL (`wx`) holding the owner's pid and
 * host. Only one run can create it, so two batches never write the same output at once. A lock
 * left behind by a run that died (kill -9, power loss) is stale when its host is this machine and
 * its pid is no longer alive; it is then taken over. A lock from another host is never assumed
 * stale (its pid means nothing here): the message names the file to remove.
 *
 * @example
 * const lock = await OutputLock.acquire('out/all.jsonl.lock')
 * try { … } finally { await lock.release() }
 */
export class OutputLock {
  private constructor(readonly path: string) {}

  static async acquire(path: string, what = path): Promise<OutputLock> {
    const me: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() }
    // two attempts: the second after removing a stale lock
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fh = await open(path, 'wx')
        try {
          await fh.write(JSON.stringify(me) + '\n')
          await fh.datasync()
        } finally {
          await fh.close()
        }
        return new OutputLock(path)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      }
      const raw = await readFile(path, 'utf8').catch(() => null)
      if (raw === null) continue // released in between: try again
      const owner = parseLock(raw)
      if (owner && !isStale(owner)) {
        throw new OutputLocked(
          `${what} is being written by another gongwen batch (pid ${owner.pid} on ${owner.host}, since ${owner.started}); wait for it to end, or remove ${path} if that process is gone`,
        )
      }
      if (!owner) {
        // no owner written yet: another run may be between create and write; a crash there
        // leaves it empty for good, which shows as age
        const age = await stat(path).then(
          (s) => Date.now() - s.mtimeMs,
          () => Infinity,
        )
        if (age < UNOWNED_GRACE_MS) throw new OutputLocked(`${what} is being locked by another gongwen batch (${path} was just created); try again`)
      }
      // stale: remove it only if it still is the lock judged stale (another run may have taken it over)
      const now = await readFile(path, 'utf8').catch(() => null)
      if (now === raw) await rm(path, { force: true })
    }
    throw new OutputLocked(`cannot lock ${what}: ${path} keeps reappearing; is another gongwen batch starting?`)
  }

  async release(): Promise<void> {
    await rm(this.path, { force: true })
  }
}

function parseLock(raw: string): LockInfo | null {
  try {
    const v = JSON.parse(raw) as Partial<LockInfo>
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string') {
      return { pid: v.pid, host: v.host, started: typeof v.started === 'string' ? v.started : '?' }
    }
  } catch {
    // fall through
  }
  return null
}

/** Dead owner on this host. EPERM means the pid exists (another user's process): not stale. */
function isStale(owner: LockInfo): boolean {
  if (owner.host !== hostname()) return false
  if (owner.pid === process.pid) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
