/** Largest config or unit registry read (a registry of every organ of a province is a few hundred kB). */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024

/** JSON.parse whose error gives where the JSON breaks but none of the text (V8 quotes a snippet). */
export function parseJsonQuietly(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message)
    throw new Error(`not valid JSON${at ? ` (at character ${at[1]})` : ''}`)
  }
}
