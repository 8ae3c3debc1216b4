/**
 * Where a document belongs (国家 / 省 / 市 / 区), read from its issuer or title with the small
 * gazetteer in grammars/units/places.json, so that 市司法局 in a 深圳 document can be named
 * 深圳市司法局.
 */
import placesJson from '../../../grammars/units/places.json'
import type { Jurisdiction } from './types.js'
import { isIdeographChar } from '../../text/ideograph.js'

export interface PlacesInput {
  /** name without suffix → suffix (广东 → 省, 北京 → 市) */
  provinces?: Record<string, string>
  /** city name without 市 → province name without suffix (深圳 → 广东) */
  cities?: Record<string, string>
  /** district/county with suffix → city without 市 (宝安区 → 深圳) */
  districts?: Record<string, string>
}

/** A gazetteer: provinces, cities and districts with their parents. */
export interface Places {
  provinces: Map<string, string>
  cities: Map<string, string>
  districts: Map<string, string>
}

/**
 * The built-in gazetteer, extended by `extra` (later entries win).
 *
 * @example loadPlaces({ cities: { 东莞: '广东' } })
 */
export function loadPlaces(extra?: PlacesInput): Places {
  const places: Places = {
    provinces: new Map(Object.entries(placesJson.provinces)),
    cities: new Map(Object.entries(placesJson.cities)),
    districts: new Map(Object.entries(placesJson.districts)),
  }
  if (extra) {
    for (const [k, v] of Object.entries(extra.provinces ?? {})) places.provinces.set(k, v)
    for (const [k, v] of Object.entries(extra.cities ?? {})) places.cities.set(k, v)
    for (const [k, v] of Object.entries(extra.districts ?? {})) places.districts.set(k, v)
  }
  return places
}

const defaultPlaces = loadPlaces()

/** Issuers that speak for the whole country, and the party prefix read past (grammars/units/places.json). */
const NATIONAL_OPENINGS: readonly string[] = placesJson.nationalOpenings
const NATIONAL_ENDINGS: readonly string[] = placesJson.nationalEndings
const PARTY_PREFIXES: readonly string[] = placesJson.partyPrefixes

const isHanChar = isIdeographChar

function fullProvince(name: string, places: Places): string {
  return name + (places.provinces.get(name) ?? '省')
}

/** Read a place chain (province? city? district?) at the start of `s`. */
function readPlaces(s: string, places: Places): Jurisdiction {
  const j: Jurisdiction = { level: 'unknown' }
  let i = 0
  // Province: a known name, then its suffix (省, 市 for 北京 …, 自治区 …).
  for (const [name, suffix] of places.provinces) {
    if (s.startsWith(name, i)) {
      i += name.length
      if (s.startsWith(suffix, i)) i += suffix.length
      else if (s.startsWith('省', i)) i += 1
      j.province = name + suffix
      if (suffix === '市') j.city = j.province
      break
    }
  }
  // City: a known name (市 optional) or 2–4 Han characters then 市.
  if (!j.city) {
    let found = false
    for (const name of places.cities.keys()) {
      if (s.startsWith(name, i)) {
        j.city = name + '市'
        i += name.length + (s[i + name.length] === '市' ? 1 : 0)
        found = true
        break
      }
    }
    if (!found && !NATIONAL_OPENINGS.some((p) => s.startsWith(p, i))) {
      for (let k = i + 2; k <= i + 4 && k < s.length; k++) {
        if (s[k] === '市' && isHanChar(s[i]) && s[i] !== '市') {
          j.city = s.slice(i, k + 1)
          i = k + 1
          break
        }
        if (!isHanChar(s[k])) break
      }
    }
  }
  // District/county: a known one, or 2–4 Han characters then 区/县 (新区 included).
  let district: string | undefined
  for (const name of places.districts.keys()) {
    if (s.startsWith(name, i)) {
      district = name
      break
    }
  }
  if (!district) {
    for (let k = i + 2; k <= i + 4 && k < s.length; k++) {
      if ((s[k] === '区' || s[k] === '县') && isHanChar(s[i])) {
        district = s.slice(i, k + 1)
        break
      }
      if (!isHanChar(s[k])) break
    }
  }
  if (district) {
    j.district = district
    const parent = places.districts.get(district)
    if (!j.city && parent) j.city = parent + '市'
  }
  if (j.city && !j.province) {
    const prov = places.cities.get(j.city.replace(/市$/, ''))
    if (prov) j.province = fullProvince(prov, places)
  }
  j.level = j.district ? 'district' : j.city ? 'city' : j.province ? 'province' : 'unknown'
  return j
}

function stripParty(s: string): string {
  for (const p of PARTY_PREFIXES) if (s.startsWith(p)) return s.slice(p.length)
  return s
}

function specificity(j: Jurisdiction): number {
  return (j.province ? 1 : 0) + (j.city ? 2 : 0) + (j.district ? 4 : 0)
}

/**
 * The jurisdiction of a document from its issuing organ(s): the most specific place any issuer
 * names. An issuer naming no place but speaking for the country (国务院, 教育部) gives `national`.
 *
 * @example jurisdictionFromIssuer('中共深圳市宝安区委') // { level: 'district', province: '广东省', city: '深圳市', district: '宝安区' }
 * @example jurisdictionFromIssuer(['中共深圳市委办公厅', '深圳市人民政府办公厅']) // { level: 'city', city: '深圳市', province: '广东省' }
 */
export function jurisdictionFromIssuer(issuers: string[] | string, places: Places = defaultPlaces): Jurisdiction {
  const list = (Array.isArray(issuers) ? issuers : [issuers]).map((s) => s.trim()).filter(Boolean)
  let best: Jurisdiction = { level: 'unknown' }
  let national = false
  for (const raw of list) {
    const s = stripParty(raw)
    const j = readPlaces(s, places)
    if (specificity(j) > specificity(best)) best = j
    if (j.level === 'unknown') {
      // an opening may itself start with a party prefix (中共中央): read it on the name as printed too
      if (NATIONAL_OPENINGS.some((p) => raw.startsWith(p) || s.startsWith(p)) || NATIONAL_ENDINGS.some((p) => s.endsWith(p))) national = true
    }
  }
  if (best.level === 'unknown' && national) return { level: 'national' }
  return best
}

/**
 * The jurisdiction named in a title (创建平安广州推进方案 → 广州市): the most specific gazetteer
 * place anywhere in it; titles of central documents (国务院关于…) give `national`.
 *
 * @example jurisdictionFromTitle('创建平安广州推进方案') // { level: 'city', city: '广州市', province: '广东省' }
 */
export function jurisdictionFromTitle(title: string, places: Places = defaultPlaces): Jurisdiction {
  let best: Jurisdiction = { level: 'unknown' }
  for (let i = 0; i < title.length; i++) {
    if (!isHanChar(title[i])) continue
    const j = readKnownAt(title, i, places)
    if (j && specificity(j) > specificity(best)) best = j
  }
  if (best.level !== 'unknown') return best
  const s = stripParty(title.trim())
  if (NATIONAL_OPENINGS.some((p) => s.startsWith(p) || title.startsWith(p))) return { level: 'national' }
  return best
}

/** Gazetteer entries in the Maps' order, grouped by the name's first code unit. */
interface PlaceIndex {
  districts: Map<number, Array<[string, string]>>
  cities: Map<number, Array<[string, string]>>
  provinces: Map<number, Array<[string, string]>>
}
const byFirstUnit = (names: Map<string, string>): Map<number, Array<[string, string]>> => {
  const out = new Map<number, Array<[string, string]>>()
  for (const entry of names) {
    const first = entry[0].charCodeAt(0)
    const list = out.get(first)
    if (list) list.push(entry)
    else out.set(first, [entry])
  }
  return out
}
/**
 * The built-in gazetteer indexed once: a title is read at each of its characters, and going
 * through every entry there (iterator entries included) was most of the allocation of a parse.
 * Only for `defaultPlaces` (a caller's Places may change after a call); none of its names is empty.
 */
const defaultIndex: PlaceIndex | undefined = [defaultPlaces.districts, defaultPlaces.cities, defaultPlaces.provinces].some((names) => names.has(''))
  ? undefined
  : { districts: byFirstUnit(defaultPlaces.districts), cities: byFirstUnit(defaultPlaces.cities), provinces: byFirstUnit(defaultPlaces.provinces) }
const NONE: Array<[string, string]> = []

/** Only gazetteer names (no generic X市 pattern: 城市 in a title is not a place). */
function readKnownAt(s: string, i: number, places: Places): Jurisdiction | undefined {
  const index = places === defaultPlaces ? defaultIndex : undefined
  const first = s.charCodeAt(i)
  for (const [d, city] of index ? (index.districts.get(first) ?? NONE) : places.districts) {
    if (s.startsWith(d, i)) {
      const prov = places.cities.get(city)
      return {
        level: 'district',
        district: d,
        city: city + '市',
        ...(prov ? { province: fullProvince(prov, places) } : {}),
      }
    }
  }
  for (const [name, prov] of index ? (index.cities.get(first) ?? NONE) : places.cities) {
    if (s.startsWith(name, i)) return { level: 'city', city: name + '市', province: fullProvince(prov, places) }
  }
  for (const [p, suffix] of index ? (index.provinces.get(first) ?? NONE) : places.provinces) {
    if (s.startsWith(p, i)) {
      const province = p + suffix
      return suffix === '市' ? { level: 'city', province, city: province } : { level: 'province', province }
    }
  }
  return undefined
}
