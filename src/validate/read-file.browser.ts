/**
 * Browser twin of read-file.ts: no file system, so reading a config or registry file throws
 * (loadConfig/loadRegistry turn that into their usual "cannot read" errors).
 */
export { MAX_CONFIG_BYTES, parseJsonQuietly } from './quiet-json.js'

export function readRegularFile(file: string, _maxBytes: number): Uint8Array {
  throw new Error(`reading files is not available in the browser (${file}); pass the parsed JSON to parseConfig`)
}
