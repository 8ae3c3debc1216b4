import { MAX_CONFIG_BYTES, parseJsonQuietly, readRegularFile } from './read-file.js'
import { z } from 'zod'

/**
 * A registry of the units a project knows, with their aliases. A unit is a name or
 * `{ name, aliases }`; every alias resolves to its name.
 *
 * @example
 * { "units": ["深圳市宝安区司法局", { "name": "深圳市宝安区人民政府办公室", "aliases": ["区政府办公室"] }] }
 */
export const UnitRegistrySchema = z.object({
  $comment: z.string().optional(),
  units: z.array(z.union([z.string().min(1), z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).optional() })])),
})

export type UnitRegistry = z.infer<typeof UnitRegistrySchema>

/** Light canonical form for comparing names: NFKC (full-width → half-width) and no whitespace. */
export function unitKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '')
}

/** Names longer than this get no spelling suggestion (edit distance is quadratic). */
const SUGGEST_MAX_LENGTH = 64

/** Looks names up in a registry: exact after `unitKey`, with a spelling suggestion when it fails. */
export class UnitIndex {
  private readonly byKey = new Map<string, string>()

  constructor(registry: UnitRegistry) {
    for (const u of registry.units) {
      const name = typeof u === 'string' ? u : u.name
      this.byKey.set(unitKey(name), name)
      if (typeof u !== 'string') for (const a of u.aliases ?? []) this.byKey.set(unitKey(a), name)
    }
  }

  get size(): number {
    return this.byKey.size
  }

  /** The registry name a unit name (or alias) resolves to, or undefined. */
  resolve(name: string): string | undefined {
    return this.byKey.get(unitKey(name))
  }

  /** The closest registry name or alias (at most a quarter of the characters differ), for "did you mean". */
  suggest(name: string): string | undefined {
    const key = unitKey(name)
    if (key.length === 0 || key.length > SUGGEST_MAX_LENGTH) return undefined
    const limit = Math.max(1, Math.floor(key.length / 4))
    let best: { d: number; name: string } | undefined
    for (const [k, target] of this.byKey) {
      if (Math.abs(k.length - key.length) > limit || k.length > SUGGEST_MAX_LENGTH) continue
      const d = editDistance(key, k)
      if (d <= limit && (!best || d < best.d)) best = { d, name: target }
    }
    return best?.name
  }
}

/** Levenshtein distance over UTF-16 code units (CJK unit names are BMP). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]
}

/** Thrown by `loadRegistry` with a message fit for the user. */
export class RegistryError extends Error {}

/**
 * Reads and checks a registry file.
 * @example const index = loadRegistry('units.json'); index.resolve('区府办') // '深圳市宝安区人民政府办公室'
 */
export function loadRegistry(file: string): UnitIndex {
  let text: string
  try {
    text = readRegularFile(file, MAX_CONFIG_BYTES).toString('utf8')
  } catch (e) {
    throw new RegistryError(`cannot read unit registry ${file}: ${(e as Error).message}`)
  }
  let json: unknown
  try {
    json = parseJsonQuietly(text.replace(/^\ufeff/, ''))
  } catch (e) {
    throw new RegistryError(`unit registry ${file} is ${(e as Error).message}`)
  }
  const parsed = UnitRegistrySchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new RegistryError(`unit registry ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }
  return new UnitIndex(parsed.data)
}
