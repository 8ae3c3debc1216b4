import sig from '../../grammars/signature.json' with { type: 'json' }
import { markerAt } from '../text/markers.js'

// Compiled once from grammars/signature.json: what a 落款 line and the lines after it look like.
const ORGAN_SUFFIXES = [...sig.organSuffixes].sort((a, b) => b.length - a.length)
const TITLES = `(?:${sig.signerTitles.join('|')})`
const SIGNER = new RegExp(`^${TITLES}[：:]?[\\u4e00-\\u9fff·]{2,4}$`)
const SIGNER_START = new RegExp(`^${TITLES}`)
// a colon a page prints between the title and the name (`市长：姚某`)
const SIGNER_COLON = new RegExp(`^(${TITLES})[：:]`)
const RELEASE = new Set(sig.releaseLines)
const ISSUING = new RegExp(sig.issuingVerbs.join('|'))
// a 附注 in parentheses under the date: （联系人：…，联系电话：…）
const NOTE = new RegExp(`^[（(](?:${sig.noteOpeners.join('|')})[^（）()]*[）)]$`)
// a reposting site's note naming the title or source: (原题:《…(省)级…的公告》)
const REPOST_NOTE = new RegExp(`^[（(](?:${sig.repostNotes.join('|')})[：:].{1,200}[）)]$`)

// a seal note after a 落款's organ: `某领导小组（代章）`
const SEAL_NOTE = new RegExp(`\\s*[（(](?:${sig.sealNotes.join('|')})[）)]$`)

/**
 * A 落款 line without the seal note printed after its organ (grammars/signature.json `sealNotes`).
 * @example withoutSealNote('某市禁毒工作领导小组（代章）') // '某市禁毒工作领导小组'
 */
export function withoutSealNote(text: string): string {
  return text.replace(SEAL_NOTE, '')
}

/**
 * True when a line of a 落款 names an organ (ends with an organ suffix) or a signer (a title and a name).
 * @example isIssuerLine('深圳市人民政府办公厅') // true
 */
export function isIssuerLine(text: string): boolean {
  if (text.length > 40 || /[。，；：]/.test(text)) return false
  // (a clause opening with its marker is the body's last item printed without a full stop, above the 落款:
  // `五、本通告自发布之日起施行`)
  if (markerAt(text, 0)) return false
  return ORGAN_SUFFIXES.some((s) => text.endsWith(s)) || SIGNER.test(text)
}

/**
 * How many characters before an office (grammars/signature.json `offices`) name no organ and no place — spam words a
 * hijacked copy printed where the organ stood; 0 for an organ's office, a place's office named for its work
 * (`甬州市住房制度改革办公室`), a bare office or any other name.
 * @example spamBeforeOffice('欧宝体育办公厅') // 4
 * @example spamBeforeOffice('中共中央办公厅') // 0
 */
export function spamBeforeOffice(name: string): number {
  const office = sig.offices.names.find((o) => name.endsWith(o))
  if (!office) return 0
  const owner = name.slice(0, -office.length)
  const namesOrgan = ORGAN_SUFFIXES.some((s) => owner.endsWith(s)) || sig.offices.ownerEnds.some((s) => owner.endsWith(s)) || sig.offices.placeLevels.some((l) => owner.includes(l))
  return namesOrgan ? 0 : owner.length
}

/**
 * True when a name is no issuer's: an office or an organ's suffix alone (`办公厅`, `人民政府`: grammars/signature.json
 * `bareSuffixes`), an office after words that name no organ (`欧宝体育办公厅`) or a gambling site's name (`…官方网站入`).
 * @example namesNoOrgan('办公厅') // true
 * @example namesNoOrgan('人民政府') // true
 * @example namesNoOrgan('国务院办公厅') // false
 */
export function namesNoOrgan(name: string): boolean {
  return sig.offices.names.includes(name) || sig.bareSuffixes.includes(name) || spamBeforeOffice(name) > 0 || holdsSpamWord(name)
}

/**
 * Does a name hold a word of a gambling site's name (grammars/signature.json `spamWords`), printed where an organ stood?
 * @example holdsSpamWord('江南体育官方网站入') // true
 * @example holdsSpamWord('国家体育总局') // false
 */
export function holdsSpamWord(name: string): boolean {
  return sig.spamWords.some((w) => name.includes(w))
}

/**
 * The last characters of the organ suffixes (厅 of 办公厅, 府 of 人民政府 …), for a character class.
 * @example organEndings().includes('厅') // true
 */
export function organEndings(): string {
  return [...new Set(sig.organSuffixes.map((s) => s.slice(-1)))].join('')
}

/**
 * True when a 落款 line starts with a signer's title: a person, not an issuing organ.
 * @example startsWithSignerTitle('总理　李强') // true
 */
export function startsWithSignerTitle(text: string): boolean {
  return SIGNER_START.test(text)
}

/**
 * A signer line without the colon a page prints after the title.
 * @example withoutSignerColon('市长：姚某某') // '市长姚某某'
 */
export function withoutSignerColon(text: string): string {
  return text.replace(SIGNER_COLON, '$1')
}

/**
 * True when a line is a release note printed after the date (（此件公开发布）).
 * @example isReleaseLine('（此件公开发布）') // true
 */
export function isReleaseLine(text: string): boolean {
  // (a PDF's page number may be glued after it, `（此件主动公开）—2—`, outside118 02)
  const unpaged = text.replace(TRAILING_PAGE_MARK, '')
  return RELEASE.has(unpaged) || NOTE.test(unpaged) || REPOST_NOTE.test(unpaged) || GARBLED_RELEASE.test(unpaged)
}

/** A PDF's page number closing a line, between dashes: `—2—`, `- 3 -`. */
const TRAILING_PAGE_MARK = /\s*[-—－–]\s*\d{1,3}\s*[-—－–]$/

// a contact line printed without brackets under the date: `联 系 人：某某 12345678`, `传 真：…` (spaces removed)
const CONTACT = new RegExp(`^(?:${sig.noteOpeners.join('|')})[：:]`)
// a further contact on the line under one: a name and a number, masked digits included (`某某 [1**********] 60393056`)
const CONTACT_MORE = /^[\u4e00-\u9fff·]{2,4}[^。，；,;\u4e00-\u9fff]*[\d*]{5,}[^。，；,;\u4e00-\u9fff]*$/

/**
 * Where the contact lines a notice prints under its date without brackets end (outside66 05: `联 系 人:…` /
 * `某某 [1…] 60393056` / `传 真: …` / `邮 箱: …`): the index of the first line from `from` that is none, up to `to`.
 * A name-and-number line counts only after a labelled one.
 * @example contactLinesEnd([{ start: 0, end: 12, text: '联 系 人:张三 60393056' }], 0, 1) // 1
 */
export function contactLinesEnd(lines: readonly { text: string }[], from: number, to: number): number {
  let j = from
  while (j < to) {
    const text = lines[j].text.replace(/\s+/g, '')
    if (text.length > 80 || /[。；]/.test(text)) break
    if (!CONTACT.test(text) && !(j > from && CONTACT_MORE.test(text))) break
    j++
  }
  return j
}

// a release note whose opening a pinyin-inserting scraper garbled (`?。ù思_發(fā)布)` for （此件公开发布）):
// a few characters, then 发布 / 公开 and the closing bracket
const GARBLED_RELEASE = /^[^\u4e00-\u9fff]{1,4}[^（(]{0,6}(?:发布|公开)[）)]$/

/**
 * True when a sentence issues or forwards documents (印发, 转发 …): the 《…》 it quotes are nested.
 * @example hasIssuingVerb('现将《实施方案》印发给你们') // true
 */
export function hasIssuingVerb(text: string): boolean {
  return ISSUING.test(text)
}

/** A place's name alone: a province, city, county or district, a prefecture, league or banner (`广西壮族自治区`). */
const PLACE_NAME = /^[\u4e00-\u9fff]{2,16}(?:省|市|自治区|自治州|自治县|县|区|州|盟|旗)$/

/**
 * The places of a joint 落款's row printed in columns over the row of its organs, one place a column
 * (`广西壮族自治区   广西壮族自治区` ⏎ `发展和改革委员会   文化和旅游厅`, outside261 05), as `printed` (the input's line) shows
 * them apart; null for any other line. Each organ of the row under it takes its column's place.
 * @example placesRow('广西壮族自治区      广西壮族自治区') // ['广西壮族自治区', '广西壮族自治区']
 */
export function placesRow(printed: string): string[] | null {
  const parts = printed.trim().split(/[\s\u3000]+/)
  return parts.length >= 2 && parts.every((p) => PLACE_NAME.test(p) && !isIssuerLine(p)) ? parts : null
}
