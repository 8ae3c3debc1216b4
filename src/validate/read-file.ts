import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

export { MAX_CONFIG_BYTES, parseJsonQuietly } from './quiet-json.js'

/**
 * The bytes of a regular file of at most `maxBytes`. A FIFO, a device (`/dev/zero`), a folder or
 * anything larger is refused before its content is read; the file is opened non-blocking so a FIFO
 * cannot hang the caller. Errors name the file and the reason, never the content.
 *
 * @example readRegularFile('units.json', MAX_CONFIG_BYTES).toString('utf8')
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot open (${code ?? 'error'})`)
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new Error(st.isDirectory() ? 'is a folder' : 'not a regular file')
    if (st.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`)
    // read at most one byte past the cap: a file that grows while read is still bounded
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1)
    let n = 0
    for (let got = 1; got > 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n)
    if (n > maxBytes) throw new Error(`larger than ${maxBytes} bytes`)
    return buf.subarray(0, n)
  } finally {
    closeSync(fd)
  }
}
