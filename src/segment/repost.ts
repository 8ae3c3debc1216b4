/**
 * A page reposted by another body than the one that issued it: a county bureau's site carrying a
 * city's notice, a town's site carrying its county's plan. The site table's 发布机构 is then the
 * reposting body, and the table's 发布日期 / 发文日期 are the repost's stamps, not the document's.
 */
import labels from '../../grammars/header-labels.json' with { type: 'json' }
import { escapeRegExp } from '../text/regexp.js'

const words = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
/** The places an organ's name opens with, county level and up (`江苏省南京市`, `奉节县`), after an optional 中共. */
const PLACE = new RegExp(`^(?:中共)?((?:[\\u4e00-\\u9fff]{1,7}?(?:${words(labels.repost.levels)}))+)`)
/** A township right after those places (`上庄镇`, `西潘楼镇`). */
const TOWNSHIP = new RegExp(`^[\\u4e00-\\u9fff]{1,6}?(?:${words(labels.repost.townships)})`)

/** The places an organ's name opens with (`奉节县市场监管局` → `奉节县`), or null. */
export function placeOf(organ: string): string | null {
  return PLACE.exec(organ)?.[1] ?? null
}

// (`江苏省南京市` and `南京市` are one place: a law site files a city under its province)
const samePlace = (a: string, b: string) => a === b || a.endsWith(b) || b.endsWith(a)

/**
 * Whether `publisher` (a site table's 发布机构) reposted a document issued by `issuers`, titled
 * `title`: it names another place than every issuer does, or — no issuer named — a township
 * under a place the title names, while the title does not name that township.
 *
 * @example isRepostPublisher('奉节县市场监管局', ['重庆市人民政府办公厅'], '…') // true
 * @example isRepostPublisher('绩溪县上庄镇人民政府', [], '关于印发绩溪县防汛抗旱应急预案的通知') // true
 * @example isRepostPublisher('卫滨区人民政府办公室', ['卫滨区人民政府'], null) // false
 */
export function isRepostPublisher(publisher: string, issuers: string[], title: string | null): boolean {
  const place = placeOf(publisher)
  if (!place) return false
  const town = TOWNSHIP.exec(publisher.slice(publisher.indexOf(place) + place.length))?.[0]
  const placed = issuers.map(placeOf).filter((p): p is string => p !== null)
  if (issuers.length) {
    // (an issuer named without its place, `市人民政府办公室`, may be the publisher's own body)
    if (placed.length < issuers.length) return false
    if (placed.every((p) => !samePlace(p, place))) return true
    return town !== undefined && placed.every((p) => samePlace(p, place)) && issuers.every((i) => !i.includes(town))
  }
  return town !== undefined && title?.includes(place) === true && !title.includes(town)
}
