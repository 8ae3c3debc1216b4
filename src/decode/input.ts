/** Minimal decode used until the full detector lands: strings pass through; bytes are UTF-8. */
export function decodeInput(value: unknown): { text: string; encoding: string; diagnostics: Array<{ severity: 'error' | 'warning' | 'info'; code: string; message: string; offset?: number }> } {
  if (typeof value === 'string') return { text: value, encoding: 'string', diagnostics: [] }
  const bytes = value instanceof Uint8Array ? value : new Uint8Array()
  const text = new TextDecoder('utf-8').decode(bytes)
  return { text, encoding: 'utf-8', diagnostics: [] }
}
