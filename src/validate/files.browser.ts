/**
 * Browser twin of files.ts: no file system. Reading throws (loadConfig/loadRegistry turn that into
 * their usual "cannot read" errors); the path helpers are plain POSIX string operations.
 */
export function readFileSync(file: string, _encoding: 'utf8'): string {
  throw new Error(`reading files is not available in the browser (${file}); pass the parsed JSON to parseConfig`)
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i)
}

export function resolve(...parts: string[]): string {
  let out = ''
  for (const p of parts) out = p.startsWith('/') ? p : out ? `${out.replace(/\/$/, '')}/${p}` : p
  return out
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/')
}

/** No links to follow without a file system: the path itself. */
export function realpathSync(p: string): string {
  return p
}

/** `to` relative to `from` for plain POSIX paths (enough for the inside-the-project check). */
export function relative(from: string, to: string): string {
  const a = from.split('/').filter(Boolean)
  const b = to.split('/').filter(Boolean)
  let k = 0
  while (k < a.length && k < b.length && a[k] === b[k]) k++
  return [...a.slice(k).map(() => '..'), ...b.slice(k)].join('/')
}
