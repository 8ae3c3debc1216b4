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
