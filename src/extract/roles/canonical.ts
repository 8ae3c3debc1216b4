/**
 * Canonical unit names: one spelling per body, so that 市发改委 in one document and
 * 深圳市发展改革委 in another compare equal.
 *
 * The rule (applied in this order):
 * 1. the party prefix is dropped: 中共深圳市委 → 深圳市委 (documents mostly print 市委…, and the
 *    party committee is the only 市委 there is);
 * 2. a whole-name template applies when there is one: 团市委 → 共青团{city}委;
 * 3. a collective (各区, 有关部门, 其他相关单位) has no canonical name (undefined);
 * 4. the level prefix is read: 市 → the document's city, 区/县 → its city + district, 省 → its
 *    province; a name already starting with the document's own place is read the same way;
 * 5. the stem after the prefix is resolved through the alias table to its group's first stem
 *    (市发改委 / 市发展改革委 → 市发展和改革委员会); in a national document a bare stem with a
 *    `national` name takes it (发展改革委 → 国家发展和改革委员会);
 * 6. the prefix is expanded: 市司法局 in 深圳 → 深圳市司法局, 区法院 in 宝安 → 深圳市宝安区人民法院.
 *    When the document's place is unknown, a relative name keeps its 市/区 prefix and the result is
 *    undefined unless an alias changed the stem.
 * A trailing bracket (区委组织部〈区编办〉) is canonicalized on both sides: 深圳市宝安区委组织部〈深圳市宝安区机构编制委员会办公室〉.
 */
import aliasesJson from '../../../grammars/units/aliases.json'
import { grammar } from './grammar.js'
import type { Jurisdiction } from './types.js'

export interface AliasGroup {
  /** Stems without level prefix; the first is canonical. */
  stems: string[]
  /** Full name of the central organ when the stem is used bare in a national document. */
  national?: string
}

export interface AliasTable {
  /** Canonical stem of a stem, or undefined when it is in no group. */
  resolve(stem: string): { canonical: string; national?: string } | undefined
  templates: ReadonlyMap<string, string>
  dropPrefixes: readonly string[]
}

/**
 * The alias table of grammars/units/aliases.json, extended by `extra` groups (given as stem
 * lists or {stems, national}). A later group wins for the stems it lists.
 *
 * @example loadAliases([['审批服务局', '行政审批局']]).resolve('行政审批局') // { canonical: '审批服务局' }
 */
export function loadAliases(extra?: Array<string[] | AliasGroup>): AliasTable {
  const map = new Map<string, { canonical: string; national?: string }>()
  const groups: AliasGroup[] = [...aliasesJson.groups, ...(extra ?? []).map((g) => (Array.isArray(g) ? { stems: g } : g))]
  for (const g of groups) {
    if (g.stems.length === 0) continue
    const entry = { canonical: g.stems[0], ...(g.national ? { national: g.national } : {}) }
    for (const s of g.stems) map.set(s, entry)
  }
  return {
    resolve: (stem) => map.get(stem),
    templates: new Map(aliasesJson.templates.map((t) => [t.name, t.canonical])),
    dropPrefixes: aliasesJson.dropPrefixes,
  }
}

const defaultAliases = loadAliases()

/** Brackets whose content annotates the name before it. */
const ANNOTATION: Record<string, string> = { '〈': '〉', '（': '）', '(': ')' }

/**
 * The canonical name of a unit in a document of `jurisdiction`, or undefined when it has none
 * (collectives, persons' names, relative names in a document of unknown place).
 *
 * @example canonicalUnit('市司法局', { level: 'city', city: '深圳市' }) // '深圳市司法局'
 * @example canonicalUnit('市发改委', { level: 'city', city: '深圳市' }) // '深圳市发展和改革委员会'
 * @example canonicalUnit('团市委', { level: 'city', city: '深圳市' }) // '共青团深圳市委'
 */
export function canonicalUnit(name: string, jurisdiction?: Jurisdiction, aliases: AliasTable = defaultAliases): string | undefined {
  let n = withoutInnerNameNotes(name.trim())
  if (!n) return undefined
  const last = n[n.length - 1]
  const opener = Object.keys(ANNOTATION).find((o) => ANNOTATION[o] === last)
  if (opener) {
    const at = n.lastIndexOf(opener)
    if (at > 0) {
      const core = canonicalUnit(n.slice(0, at), jurisdiction, aliases)
      if (core === undefined) return undefined
      const inner = n.slice(at + 1, -1)
      const innerCanon = canonicalUnit(inner, jurisdiction, aliases) ?? inner
      return `${core}${opener}${innerCanon}${last}`
    }
  }
  for (const p of aliases.dropPrefixes) if (n.startsWith(p) && n.length > p.length) n = n.slice(p.length)

  const template = aliases.templates.get(n)
  if (template !== undefined) return fillTemplate(template, jurisdiction)

  if (grammar.collectiveStarts.matchAt(n, 0)) return undefined

  const j = jurisdiction ?? { level: 'unknown' as const }
  const parsed = splitPrefix(n, j)
  const resolved = aliases.resolve(parsed.stem)
  if (parsed.prefix === '' && j.level === 'national') {
    if (resolved?.national) return resolved.national
    return resolved ? resolved.canonical : n
  }
  if (parsed.prefix !== '' && parsed.expanded === undefined && LEVELS.some(([p, k]) => p === parsed.prefix && k === 'national')) {
    if (resolved?.national) return resolved.national
    return n
  }
  const stem = resolved ? resolved.canonical : parsed.stem
  if (parsed.prefix === '') return resolved ? stem : n
  if (parsed.expanded !== undefined) return parsed.expanded + stem
  return resolved && stem !== parsed.stem ? parsed.prefix + stem : undefined
}

/**
 * A name with the short-name notes inside it dropped (卫生福利部（以下简称本部）食品药物管理署 → 卫生福利部食品药物管理署,
 * audit of roles round 2): the note names the part before it, and the body is the whole. A note closing the name
 * is cut from the unit already (units.ts beforeNameNote).
 */
export function withoutInnerNameNotes(n: string): string {
  return n.replace(INNER_NAME_NOTE, '')
}

/** A bracket opening with a short-name word (grammars/units/connectors.json `nameNotes`), holding no bracket, text after it. */
const INNER_NAME_NOTE = new RegExp(`[（(](?:${grammar.nameNotes.join('|')})[^（）()]*[）)](?=.)`, 'g')

interface Prefix {
  /** the level prefix as printed: 市, 区, 县, 省, 国家, a place name, or '' */
  prefix: string
  /** the absolute place it stands for, when known */
  expanded?: string
  stem: string
}

const LEVELS = Object.entries(aliasesJson.levels).sort((a, b) => b[0].length - a[0].length)
const NOT_LEVEL: readonly string[] = aliasesJson.notLevel

function splitPrefix(n: string, j: Jurisdiction): Prefix {
  const cityDistrict = j.city && j.district ? j.city + j.district : undefined
  // Already absolute with the document's own place: re-read so its stem can be resolved.
  for (const place of [cityDistrict, j.district, j.city, j.province]) {
    if (place && n.startsWith(place) && n.length > place.length) {
      const full = place === j.district && j.city ? j.city + place : place
      return { prefix: place, expanded: full, stem: n.slice(place.length) }
    }
  }
  const level = NOT_LEVEL.some((w) => n.startsWith(w)) ? undefined : LEVELS.find(([p]) => n.startsWith(p) && n.length > p.length)
  if (!level) return { prefix: '', stem: n }
  const [prefix, kind] = level
  const stem = n.slice(prefix.length)
  if (kind === 'city') return { prefix, ...(j.city ? { expanded: j.city } : {}), stem }
  if (kind === 'province') return { prefix, ...(j.province ? { expanded: j.province } : {}), stem }
  if (kind === 'district') {
    const ok = j.district?.endsWith(prefix)
    return { prefix, ...(ok ? { expanded: (j.city ?? '') + j.district } : {}), stem }
  }
  return { prefix, stem }
}

function fillTemplate(t: string, j: Jurisdiction | undefined): string | undefined {
  let missing = false
  const out = t.replace(/\{(province|city|district)\}/g, (_, k: 'province' | 'city' | 'district') => {
    const v = j?.[k]
    if (!v) missing = true
    return v ?? ''
  })
  return missing ? undefined : out
}
