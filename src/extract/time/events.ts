/**
 * Event dates: a date the text reports (a meeting, a publication, a statistic, 以来), not one it
 * sets. Words in grammars/time/events.json; the reading is described there and in
 * grammars/time/README.md.
 */
import raw from '../../../grammars/time/events.json' with { type: 'json' }
import validityWords from '../../../grammars/time/effective.json' with { type: 'json' }
import history from '../../../grammars/history.json' with { type: 'json' }
import type { TimeEventKind } from '../../schema/time.js'
import { WordList, lexicon as L } from './lexicon.js'
import { scanTime, type TimeMatch } from './scan.js'
import { escapeRegExp, wordAlternation } from '../../text/regexp.js'
import { genreOf } from '../../text/genre.js'

// (a `$`-key is a comment on the kind after it, as in lexicon.ts)
const kindEntries = (lists: Record<string, unknown>) =>
  Object.entries(lists)
    .filter(([kind]) => !kind.startsWith('$'))
    .flatMap(([kind, words]) => (words as string[]).map((w) => [w, kind as TimeEventKind] as [string, TimeEventKind]))
const kinds = new WordList<TimeEventKind>([...kindEntries(raw.kinds), ...kindEntries(raw.attendance)])
/** Words of attending or setting off (报到, 出发): their date is an event even after the document's date. */
const attendance = new Set(Object.values(raw.attendance).flat())
const attendanceBefore = new WordList<TimeEventKind>(kindEntries(raw.attendance))
const weakTargets = new Set(raw.weakTargets)
const sinceLater = WordList.fromWords(raw.sinceLater)
const stops = new Set([...raw.window.stops])
const conditionBefore = WordList.fromWords(raw.condition.before)
const conditionAfter = WordList.fromWords(raw.condition.after)
const scheduled = WordList.fromWords(raw.scheduled)
const HOUR_PARTS = raw.hourOfDay.parts.map(escapeRegExp).join('|')
/** An hour in digits (`8:30`, `10时`, `8点半`) or in Chinese numerals with its minutes or 时 (`八点三十分`, `八时`, `九点半`: a
 * bare `一点` may be "a little"). */
const HOUR = '(?:\\d{1,2}(?:[:：]\\d{2}|[时点])(?:\\d{1,2}分|半)?|[一二两三四五六七八九十]{1,3}(?:时(?:[零〇一二三四五六七八九十]{1,3}分|半)?|点(?:[零〇一二三四五六七八九十]{1,3}分|半)))'
/**
 * An hour of the day right after a date, perhaps after a comma (`二OO七年九月七日,八点三十分准时开会`, outside55 04): a
 * weekday in brackets, then a part of the day and/or an hour.
 */
const HOUR_OF_DAY = new RegExp(`^[，,]?(?:[（(][^（）()]{1,4}[）)])?(?:(?:${HOUR_PARTS})(?:${HOUR})?|${HOUR})`)
const hourDue = WordList.fromWords(raw.hourOfDay.dueAfter)
const imprint = WordList.fromWords(raw.imprint)
const stamp = WordList.fromWords(raw.stamp)
const COLON = new Set(['：', ':'])
/** Whether only spaces stand between the line's start and `offset`. */
function opensLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/.test(text[i])) return false
  return true
}
const yearOfWorkGenres = raw.yearOfWork
const narrativeGenres = raw.narrative
const attributiveCues = raw.attributive.cueEnds
const validity = WordList.fromWords(validityWords.validity)
const validityIs = WordList.fromWords(validityWords.validityIs)
const validityTo = WordList.fromWords(validityWords.validityTo)
const periodStart = WordList.fromWords(raw.periodFrom.from)
const periodTargets = new Set(raw.periodFrom.targets)
const windowNouns = WordList.fromWords(raw.filingWindow.nouns)
const windowLinkers = WordList.fromWords(raw.filingWindow.linkers)
const windowExtenders = WordList.fromWords(raw.filingWindow.extenders)
const closingNouns = WordList.fromWords(raw.filingWindow.closingNouns)
/** Precisions of a span a bare date names (a month, not a day): 公示期为2023年3月 is the whole month. */
const SPAN_PRECISIONS = new Set(['month', 'xun', 'quarter', 'half'])

/** What a text without a date of its own can still say about its time (a dateless work report). */
export interface EventContext {
  /**
   * The year the text speaks from when it prints no date (`2002年政府工作报告` → 2002): a date
   * ended before that year began is past, an event.
   */
  textYear?: number
  /**
   * The text is a report on that year's work: a date of that year without a deadline cue
   * (`1999年，我们将庆祝…`, `今年12月20日，澳门将回到祖国怀抱`) is the year of work or an event in
   * it, not a due date (events.json yearOfWork); `今年内` keeps its cue and stays due.
   */
  yearOfWork?: boolean
  /**
   * The year a policy's title prints as its edition (`若干政策（2025年版）` → 2025): a bare year of
   * that edition before a comma, with no deadline verb after it (`2025年，市级财政预算安排…`), is the
   * year the policy is for, not a due date.
   */
  editionYear?: number
  /**
   * The first day of the period a dateless plan's title names (`“十四五”生态环境保护规划` → 2021-01-01): the
   * plan speaks from its period's start, so a date ended before it without a deadline cue (`2020年，全市化学
   * 需氧量…削减15%` in its review of the last period) is past, an event.
   */
  periodStart?: string
  /**
   * The text is a report (events.json narrative): a date without a deadline cue of its
   * own is narrated (`一九六四年，中苏双方在北京开始谈判`), not set.
   */
  narrative?: boolean
  /**
   * The text is a court case (events.json caseReport): every date it prints (`于2007年1月17日进行过维修`, an order
   * `限于2020年10月31日前履行`) is a fact of the case, not set.
   */
  caseReport?: boolean
}

export interface EventReading {
  kind: TimeEventKind
  /** The word that named the event (召开, 印发, 增长, 以来), when one did. */
  cue?: string
}

/**
 * Is the time `match` (offsets in `text`) an event rather than a deadline, and of which kind?
 * `documentDate` (ISO) lets a past date without a deadline cue be an event.
 *
 * @example
 * const [match] = scanTime(text).matches // text = '2019年3月15日召开市政府常务会议'
 * eventOf(text, match) // → { kind: 'meeting', cue: '召开' }
 */
export function eventOf(text: string, match: TimeMatch, documentDate?: string, context: EventContext = {}): EventReading | undefined {
  const deadline = match.deadline
  if (deadline.kind === 'recurring' || deadline.kind === 'immediate' || deadline.kind === 'ongoing') return undefined
  const leadingCondition = conditionBefore.before(text, match.index)
  if (leadingCondition) return { kind: 'condition', cue: leadingCondition[0] }
  // 1997年12月31日以前参加工作: the cue 以前 read with the date is also the condition's first word
  const ownCue = attributiveCues.find((cue) => deadline.raw.endsWith(cue))
  const trailingCondition = conditionAfter.longestAt(text, match.end) ?? (ownCue ? conditionAfter.longestAt(text, match.end - ownCue.length) : undefined)
  if (trailingCondition) return { kind: 'condition', cue: trailingCondition[0] }
  // 到2019年12月31日之前的在研项目: 之前 + 的 modifies a noun, it bounds what qualifies
  // (申请日在2009年10月1日以后的…: the 以后 not read with the date)
  const scopeCue = ownCue && text.startsWith(raw.attributive.joiner, match.end) ? ownCue : attributiveCues.find((cue) => text.startsWith(cue + raw.attributive.joiner, match.end))
  if (scopeCue && (deadline.date || deadline.end)) return { kind: 'condition', cue: scopeCue + raw.attributive.joiner }
  // …以前已设置之设施 / …之前已完成转制的企业: a short verb phrase between the cue and the joiner
  const clauseCue = (deadline.date || deadline.end) && attributiveClause(text, match, ownCue)
  if (clauseCue) return { kind: 'condition', cue: clauseCue }
  // …以前已有租賃關係…之公有土地 / 在…以前又犯…之罪 / 在…以前者: what was done before the date, who qualifies
  const priorCue = (deadline.date || deadline.end) && ownCue ? priorCondition(text, match, ownCue) : undefined
  if (priorCue) return { kind: 'condition', cue: priorCue }
  // 2016年5月1日新纳入试点范围的纳税人: who is newly in scope as of that date
  const newly = match.basis === 'bare' ? newlyScope(text, match.end) : undefined
  if (newly) return { kind: 'condition', cue: newly }
  // 申报期为2016年5月1日至5月31日 / 2016年5月申报期内 / 申报期延长至6月27日: a window, not a due date
  const windowCue = filingWindow(text, match)
  if (windowCue) return { kind: 'window', cue: windowCue }
  // “年初公布、年中检查、年底兑现”: a principle; “11月前全面完成、…”: a node the text sets, due
  if (deadline.inferred?.year !== undefined && inSlogan(text, match.index) && !(raw.slogan.dueCues.some((c) => deadline.raw.endsWith(c)) && deadlineVerbAfter(text, match.end)))
    return { kind: 'other' }
  // 国有土地上房屋征收评估办法(2011年): a document's name and the year it was issued, as a law site tags it
  if (versionYear(text, match)) return { kind: 'publication', cue: text[match.index - 1] }
  // 2022年10月16日是第42个世界粮食日: the day named, not a due date
  // (a day with its year printed: a yearly one, `每年11月9日为本市消防日`, `以次年一月十六日为退休生效日`, keeps its yearly reading)
  const named = deadline.precision === 'day' && PRINTED_YEAR.test(deadline.raw) ? namedDay(text, match.end) : undefined
  if (named) return { kind: 'other', cue: named }
  // 出版时间：2006-12-01: a colophon's imprint date
  const afterColon = COLON.has(text[match.index - 1])
  const label = afterColon ? imprint.before(text, match.index - 1) : undefined
  if (label) return { kind: 'publication', cue: label[0] }
  // 日期:2023-02-11 / 发布时间：2022-08-23 on a line of its own: the page's date stamp
  const stampLabel = afterColon ? stamp.before(text, match.index - 1) : undefined
  if (stampLabel && opensLine(text, match.index - 1 - stampLabel[0].length)) return { kind: 'publication', cue: stampLabel[0] }
  const validityCue = validityBefore(text, match.index)
  if (validityCue) return { kind: 'validity', cue: validityCue }
  // 从公示之日起至12月31日: the end of a period begun at 起, how long it lasts
  const periodCue = periodEnd(text, match)
  if (periodCue) return { kind: 'validity', cue: periodCue }
  if (deadline.inferred?.note?.split('; ').includes('since')) return { kind: 'since', cue: deadline.raw.slice(-2) }
  // 2019-06-21 10:12:40 / 发布时间:2022-08-23 14:52: a page's time stamp, never a due date
  // (a window printed in words, 2019年7月10日8:00至8月9日16:00, keeps its dates)
  if (deadline.precision === 'day' && NUMERIC_DAY.test(deadline.raw) && CLOCK.test(text.slice(match.end, match.end + 10))) return { kind: 'publication' }
  // 比“十五”期末降低20%: the baseline a target is measured from
  if (comparisonWords.has(text[match.index - 1])) return { kind: 'statistic', cue: text[match.index - 1] }
  // 截至2022年底，全国累计…: the state at a date, reported
  const asOfCue = asOf(text, match)
  if (asOfCue) return { kind: 'statistic', cue: asOfCue }
  // 本院一九五四年十二月所发《…》: when a document the text cites was issued, whatever cue the date had
  const issuedCue = (deadline.date || deadline.end) && issuedCited(text, match.end)
  if (issuedCue) return { kind: 'publication', cue: issuedCue }
  // 至…年底以後資本適足率達…: what holds from then on; 一九六六年冬季到一九六七年春季出现的…: the end of a span the
  // text tells. Only a date with its year printed and read as due by a cue or a target: a 前 of its own keeps it due,
  // a bare date keeps the reading below (an amendment, a meeting), a yearless month its yearly one
  const spanCandidate = deadline.kind === 'due' && match.basis !== 'bare' && PRINTED_YEAR.test(deadline.raw) && !/前$/.test(deadline.raw)
  const afterCue = spanCandidate ? afterwardWords.longestAt(text, match.end) : undefined
  if (afterCue) return windowKind(text, match.end) ?? { kind: 'other', cue: afterCue[0] }
  if (spanCandidate && spanEndAfterDate(text, match)) return windowKind(text, match.end) ?? { kind: 'other' }
  const basis = match.basis ?? 'cue'
  const { textYear, yearOfWork, periodStart } = context
  const now = documentDate ?? (textYear ? `${textYear}-01-01` : periodStart)
  // 自2018年开展…以来: a start whose 以来 comes later in the sentence
  if (deadline.kind === 'start' && !match.rule.startsWith('anchor')) {
    const sinceCue = scanWindow(text, match.end, (i) => sinceLater.longestAt(text, i)?.[0])
    if (sinceCue) return { kind: 'since', cue: sinceCue }
  }
  // 列席1月15日上午召开的开幕大会: the date of what someone attends
  const attended = basis !== 'cue' && deadline.kind === 'due' ? attendanceBefore.before(text, match.index) : undefined
  if (attended) return { kind: attended[1], cue: attended[0] }
  // 本次督查定于7月上旬进行: the time of the text's own event, not a due date
  if (basis !== 'cue' && deadline.kind === 'due' && scheduled.before(text, match.index)) return windowKind(text, match.end) ?? { kind: 'other' }
  // 2018年12月18日上午10:00 (a notice's 时间), 收看10月16日上午的报告: the hour something happens;
  // 于12月18日下午15:00点前报送 keeps its limit after the hour
  if (basis !== 'cue' && deadline.kind === 'due' && deadline.precision === 'day' && atHourOfDay(text, match.end, deadline.raw)) return windowKind(text, match.end) ?? { kind: 'other' }
  // 一九六四年底，毛主席召集了中央工作会议 / 于2016年制定了《…》: the clause tells the act as done
  if (deadline.kind === 'due' && perfectiveAfter(text, match.end)) return windowKind(text, match.end) ?? { kind: 'other' }
  // 2018年1月，为…，民政部等16个部门制定了《…》: a bare date opening its sentence is the sentence's time, its 了 further on
  if (deadline.kind === 'due' && basis === 'bare' && opensSentence(text, match.index) && COMMAS.has(text[match.end]) && perfectiveInSentence(text, match.end + 1))
    return windowKind(text, match.end) ?? { kind: 'other' }
  // 自本法施行之日起六年內應免徵… / …六個月內，得適用…: how long one may do or is spared something
  if (deadline.kind === 'due' && permissionAfter(text, match)) return { kind: 'validity' }
  // 自本办法施行之日起5年内，按照…计算: how long a rate holds (a modal before it keeps a duty)
  if (deadline.kind === 'due' && rateWindowAfter(text, match)) return { kind: 'validity' }
  // 得於民國八十五年十二月三十一日前應試 / 得自本辦法施行之日起一個月內…申請: until when one may
  if (deadline.kind === 'due' && permissionBefore(text, match.index)) return { kind: 'validity' }
  // 至民國三十六年一月一日，本息全數還清 in a bond statute: the debt's terms, no one's task
  // (a date with a due cue of its own, 9月底前发行完毕 in a plan, stays a task's deadline)
  if (deadline.kind === 'due' && !/前$/.test(deadline.raw) && bondTerms(text, match)) return { kind: 'other' }
  // 制定2030年前碳排放达峰行动方案: the date bounds what a plan covers, part of its name
  if (deadline.kind === 'due' && planScopeBefore.before(text, match.index) && raw.planScope.cueEnds.some((cue) => deadline.raw.endsWith(cue))) return { kind: 'other' }
  // 要在本世纪内把我国建设成为…，需要…: the century goal is the topic of what follows
  if (deadline.kind === 'due' && match.rule.endsWith('century') && centuryTopic(text, match.end)) return { kind: 'other' }
  // 国务院已于今年初作出决定 / 公路到今年3月也已经全部完成: done by then, told, not set
  if (deadline.kind === 'due' && (alreadyBefore.before(text, match.index) || (basis === 'target' && alreadyTargets.has(match.target ?? '') && alreadyAfter(text, match.end))))
    return windowKind(text, match.end) ?? { kind: 'other' }
  // 从现在到二〇二〇年，是全面建成小康社会决胜期: the span from now, characterised
  if (deadline.kind === 'due' && spanFromNow(text, match)) return { kind: 'other' }
  // 在今年内可以建设完工的有…个 / …五年内可以继续使用…名称: what can happen, or may be done, by then
  if (deadline.kind === 'due' && possibility.longestAt(text, match.end)) return windowKind(text, match.end) ?? { kind: 'other' }
  // 根据十五大提出的到二〇一〇年…的发展目标: a goal the text reports someone set, not one it sets
  if (deadline.kind === 'due' && basis === 'target' && reportedTarget(text, match)) return { kind: 'other' }
  // 到2020年全面建成小康社会，是…奋斗目标: the target and its goal the subject of a copula, characterised, not set
  if (deadline.kind === 'due' && basis === 'target' && targetAsSubject(text, match)) return { kind: 'other' }
  // 从一九零零年…，到二〇〇〇年…是…一百年: a report tells a span opened at an earlier year
  if (deadline.kind === 'due' && basis === 'target' && context.narrative && spanFromPast(text, match)) return { kind: 'other' }
  // 2007年2月28日，原告…购买 / 于2008年3月13日作出…判决 / 限于2020年10月31日前履行 in a court case: its facts and
  // the court's orders to the parties, never a due date of the text (deadline round 8: a cue of its own changes nothing)
  if (context.caseReport) return windowKind(text, match.end) ?? { kind: 'other' }
  if (basis === 'cue') {
    // a span wholly before the document (十二五期间，全省累计…) is no task's time
    if (deadline.kind === 'range' && deadline.end && now && deadline.end < now) return { kind: windowKind(text, match.end)?.kind ?? 'other' }
    // 年末全市常住人口874万人 (a statistics bulletin): a year's end, then a figure and no verb of doing before the
    // clause ends, is the state at that end, whatever the year (outside45 08)
    if (deadline.kind === 'due' && pastEndWords.some((w) => deadline.raw.endsWith(w)) && stockFigureAfter(text, match)) return { kind: 'statistic' }
    // 2000年底达1656亿美元 in a 2001 report: a past end without 前 is the state then
    if (deadline.kind === 'due' && deadline.date && now && deadline.date < now && pastEndWords.some((w) => deadline.raw.endsWith(w))) return windowKind(text, match.end) ?? { kind: 'other' }
    return undefined
  }
  if (basis === 'bare' && deadline.precision === 'day' && deadline.date && aloneOnLine(text, match.index, match.end)) {
    if ((documentDate && deadline.date <= documentDate) || signatureAround(text, match.index, match.end) || cnYear(deadline.raw)) return { kind: 'publication' }
  }
  // 2019年 ⏎ 2020年 ⏎ 2021年: a table's column heads, flattened one cell a line, set nothing
  if (basis === 'bare' && deadline.precision === 'year' && aloneOnLine(text, match.index, match.end) && besideYearCell(text, match.index, match.end)) return { kind: 'other' }
  // 2013年，我们深入贯彻…: a report narrates its year (review or year of work), it sets no due date
  if (basis === 'bare' && narratorAfter(text, match.end)) return { kind: 'other' }
  // 一九六四年，中苏双方在北京开始谈判 in a congress report: a report tells when, it sets no due date
  if (basis === 'bare' && context.narrative) return windowKind(text, match.end) ?? { kind: 'other' }
  // 105年12月16日總統與院長已分別至…掛牌: the clause reports the act as done
  if (basis === 'bare' && alreadyAfter(text, match.end)) return windowKind(text, match.end) ?? { kind: 'other' }
  const weak = basis === 'bare' || (basis === 'target' && weakTargets.has(match.target ?? ''))
  const first = deadline.date ?? deadline.start
  const last = deadline.date ?? deadline.end ?? deadline.start
  const past = Boolean(last && now && last < now)
  if (yearOfWork && textYear && basis === 'bare' && first?.slice(0, 4) === String(textYear)) {
    return windowKind(text, match.end) ?? { kind: 'other' }
  }
  // after the document's date, 2019年上半年，试点城市政府印发实施方案 is a task, not a publication
  const future = Boolean(first && documentDate && first > documentDate)
  if (weak) {
    // a forecast is of the future by nature (1997年，…发生地震的可能性较大 in a January 1997 report)
    const reading = windowKind(text, match.end)
    // …于1月14日下午到宾馆报到 / 第一组于4月19日出发: when someone turns up or leaves, never a due date
    if (reading && (!future || reading.kind === 'forecast' || attendance.has(reading.cue ?? '') || namesMeeting(text, match.end, reading))) return reading
  }
  if (past) return { kind: weak ? 'other' : (windowKind(text, match.end)?.kind ?? 'other') }
  // 2022年，全市新建5G基站2600个以上。到2024年，全市累计建成…: a bare year before a comma, ahead of
  // the paragraph's target year, names the year a figure is for; the target year is the due date
  // (2016年，完成试点 — a deadline verb follows — stays due)
  if (
    basis === 'bare' &&
    deadline.kind === 'due' &&
    deadline.precision === 'year' &&
    deadline.date &&
    commaAfter.has(text[match.end]) &&
    !deadlineVerbAfter(text, match.end) &&
    laterTarget(text, match.end, Number(deadline.date.slice(0, 4)))
  )
    return { kind: 'other' }
  // 若干政策（2025年版）› 2025年，市级财政预算安排…: the edition's year, not a due date
  if (
    basis === 'bare' &&
    deadline.kind === 'due' &&
    deadline.precision === 'year' &&
    deadline.date &&
    context.editionYear === Number(deadline.date.slice(0, 4)) &&
    commaAfter.has(text[match.end]) &&
    !deadlineVerbAfter(text, match.end)
  )
    return { kind: 'other' }
  return undefined
}

/**
 * The window noun that makes the time `match` a window (events.json filingWindow), or undefined:
 * the noun and an extender right before a day (申报期延长至6月27日), the noun and perhaps a linker
 * right before a span (受理时间为：7月10日至8月9日, 公示期为2023年3月), or the noun at most `span`
 * characters of no punctuation after a date without a cue (2016年5月申报期内). A time due by a cue
 * of its own (…至3月31日前) is not a window.
 */
const OPEN_BRACKET = new Set(['（', '('])
const CLOSE_BRACKET = new Set(['）', ')'])
const YEAR_ONLY = /^\d{4}年$/
/** How far back from its bracket a document's name may start (after a line break or a sentence mark). */
const NAME_REACH = 60

/**
 * A year alone in brackets right after a document's name — the text before the bracket, from the line
 * or sentence start, ends in a genre word (grammars/genres.json), perhaps in 《》 (`…评估办法(2011年)`,
 * `《…的意见》（2019年）`): the year that document was issued, as a law site's list of related texts
 * tags it (grammars/time/events.json `$versionYear`). A target in brackets after a task (`建成…（2020年）`)
 * ends in no genre word.
 */
function versionYear(text: string, match: TimeMatch): boolean {
  if (!YEAR_ONLY.test(match.deadline.raw) || !OPEN_BRACKET.has(text[match.index - 1]) || !CLOSE_BRACKET.has(text[match.end])) return false
  const before = text.slice(Math.max(0, match.index - 1 - NAME_REACH), match.index - 1)
  const name =
    before
      .split(/[\n。；！？：:，,]/)
      .pop()
      ?.replace(/^[\s\-•·*]+/, '')
      .replace(/》$/, '') ?? ''
  return name.length >= 4 && genreOf(name) !== null
}

function filingWindow(text: string, match: TimeMatch): string | undefined {
  const { deadline } = match
  if (deadline.kind !== 'range' && deadline.kind !== 'due') return undefined
  const ownCue = deadline.kind === 'due' && (match.basis ?? 'cue') === 'cue'
  if (ownCue) return undefined
  const extender = windowExtenders.before(text, match.index)
  const extended = extender && windowNouns.before(text, match.index - extender[0].length)
  if (extended) return extended[0] + extender[0]
  const span = deadline.kind === 'range' || (match.basis === 'bare' && SPAN_PRECISIONS.has(deadline.precision))
  if (span) {
    const linker = windowLinkers.before(text, match.index)
    const noun = windowNouns.before(text, match.index - (linker?.[0].length ?? 0)) ?? (linker ? windowNouns.before(text, match.index) : undefined)
    if (noun) return noun[0]
  }
  // (a comment period's closing day, 意见反馈截止时间为2024年12月11日: the public's window closes, outside110 06)
  if (match.basis === 'bare' && deadline.kind === 'due') {
    const linker = windowLinkers.before(text, match.index)
    const closing = closingNouns.before(text, match.index - (linker?.[0].length ?? 0))
    if (closing) return closing[0]
  }
  if (match.basis !== 'bare' && deadline.kind !== 'range') return undefined
  for (let i = match.end; i <= match.end + raw.filingWindow.span && i < text.length; i++) {
    const noun = windowNouns.longestAt(text, i)
    if (noun) return noun[0]
    if (CLAUSE_BREAK.test(text[i]) || /\d/.test(text[i])) return undefined
  }
  return undefined
}

const newlyWords = WordList.fromWords(raw.newlyScope.words)

const NAMED_DAY = new RegExp(
  `(?:${raw.namedDay.copulas.map(escapeRegExp).join('|')})[^，。；：,;:、！？\\n]{1,${raw.namedDay.within}}?(?:${raw.namedDay.ends.map(escapeRegExp).join('|')})(?=[，。；,;\\n]|$)`,
  'y',
)

/** The copula right after a day that names it (`是第42个世界粮食日`, events.json namedDay), or undefined. */
function namedDay(text: string, end: number): string | undefined {
  NAMED_DAY.lastIndex = end
  const found = NAMED_DAY.exec(text)
  return found ? found[0].slice(0, 1) : undefined
}

/** `新` + a verb phrase of no punctuation + 的 right after a bare date (events.json newlyScope): the word, or undefined. */
function newlyScope(text: string, from: number): string | undefined {
  const word = newlyWords.longestAt(text, from)
  if (!word) return undefined
  for (let i = from + word[0].length + 1; i <= from + word[0].length + raw.newlyScope.span && i < text.length; i++) {
    if (CLAUSE_BREAK.test(text[i - 1])) return undefined
    if (text.startsWith(raw.newlyScope.joiner, i)) return word[0]
  }
  return undefined
}

const clause = raw.attributiveClause
const clauseJoiners = new Set(clause.joiners)
const dueBefore = WordList.fromWords(clause.dueBefore)
const notFirst = WordList.fromWords(clause.notFirst)
/** Characters that end a clause: no scope runs over them. */
const CLAUSE_BREAK = /[\s，。；：、,.;:！？!?（）()《》“”"「」]/u

/**
 * The cue and verb phrase of a scope `…以前已设置之` after the date (events.json attributiveClause),
 * or undefined: the cue read with the date (`ownCue`) or printed right after it, then 1…span
 * characters of no punctuation, then 的 / 之 before a further character. A modal or 至迟 right
 * before the date, or 将 / 把 opening the phrase (…前将制订的方案报…), makes it a due date instead.
 */
function attributiveClause(text: string, match: TimeMatch, ownCue: string | undefined): string | undefined {
  const cue = ownCue ?? attributiveCues.find((c) => text.startsWith(c, match.end))
  if (!cue) return undefined
  const from = ownCue ? match.end : match.end + cue.length
  if (notFirst.longestAt(text, from)) return undefined
  for (let i = from + 1; i <= from + clause.span && i < text.length - 1; i++) {
    const char = text[i]
    if (CLAUSE_BREAK.test(text[i - 1])) return undefined
    if (!clauseJoiners.has(char) || CLAUSE_BREAK.test(text[i + 1])) continue
    for (let back = 0; back <= clause.dueWindow; back++) if (dueBefore.before(text, match.index - back)) return undefined
    return text.slice(from - cue.length, i + 1)
  }
  return undefined
}

/** Is `index` inside quotation marks opened shortly before it on its line (events.json slogan)? */
function inSlogan(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= raw.slogan.within; i--) {
    const char = text[i]
    if (char === '\n' || raw.slogan.close.includes(char)) return false
    if (raw.slogan.open.includes(char)) return true
  }
  return false
}

/** One-character words of comparison before a baseline date (grammars/time/events.json comparison). */
const comparisonWords = new Set(raw.comparison)
const asOfBefore = WordList.fromWords(raw.asOf.before)
const pastEndWords = raw.pastEnd.endWords
const asOfAfter = new Set(raw.asOf.after)

/**
 * 截至 (spaces and line breaks allowed, also inside it: a PDF text wraps `截⏎至2022年底`) before the
 * date and a comma right after it: the as-of word.
 */
function asOf(text: string, match: TimeMatch): string | undefined {
  let after = match.end
  while (after < text.length && /\s/.test(text[after])) after++
  if (!asOfAfter.has(text[after])) return undefined
  // 截至2022年12月底，完成6大产业学院组建工作: a verb of doing right after the comma sets a target
  const verb = L.bareFollowers.longestAt(text, after + 1)
  if (verb && isVerb(verb[0])) return undefined
  const raw = match.deadline.raw
  const own = asOfBefore.words.find((w) => raw.startsWith(w))
  if (own) return own
  const back = text.slice(Math.max(0, match.index - AS_OF_REACH), match.index).replace(/\s/g, '')
  return asOfBefore.before(back, back.length)?.[0]
}

// characters looked back for the as-of word: the longest word (截止到) with a few breaks or spaces in it
const AS_OF_REACH = 8

/** 起 + 至 / 到 right before a target date (从公示之日起至12月31日): the words that make it a period's end. */
function periodEnd(text: string, match: TimeMatch): string | undefined {
  if (match.basis !== 'target' || !match.target || !periodTargets.has(match.target)) return undefined
  let cursor = match.index
  if (text.startsWith(match.target, cursor - match.target.length)) cursor -= match.target.length
  else if (!text.startsWith(match.target, cursor)) return undefined
  const from = periodStart.before(text, cursor)
  return from ? from[0] + match.target : undefined
}

/**
 * 有效期至 / 有效期为 / 有效期截止到 (and no more) right before `index`: the validity word that makes
 * the date an expiry.
 */
function validityBefore(text: string, index: number): string | undefined {
  const toWord = validityTo.before(text, index)
  let cursor = index - (toWord ? toWord[0].length : 0)
  const isWord = validityIs.before(text, cursor)
  if (isWord) cursor -= isWord[0].length
  if (!toWord && !isWord) return undefined
  const word = validity.before(text, cursor)
  return word ? text.slice(cursor - word[0].length, index) : undefined
}

/** The first event word or deadline verb after `from` in the window: an event kind, or undefined. */
export function windowKind(text: string, from: number): EventReading | undefined {
  let found: EventReading | undefined
  scanWindow(text, from, (offset) => {
    const follower = L.bareFollowers.longestAt(text, offset)
    const eventWord = kinds.longestAt(text, offset)
    if (eventWord && (!follower || eventWord[0].length >= follower[0].length)) {
      found = { kind: eventWord[1], cue: eventWord[0] }
      return eventWord[0]
    }
    // a deadline verb first (2015年6月，完成…，印发…): not an event
    if (follower && isVerb(follower[0])) return follower[0]
    return undefined
  })
  return found
}

/**
 * …以及1月17日上午召开的闭幕大会: a meeting word followed by 的 makes the date part of a name for the
 * meeting (the one held that day), an event even after the document's date — 6月召开会议 stays a task.
 */
function namesMeeting(text: string, from: number, reading: EventReading): boolean {
  if (reading.kind !== 'meeting' || !reading.cue) return false
  const window = text.slice(from, from + raw.window.length)
  return window.includes(`${reading.cue}${raw.attendanceJoiner}`)
}

const commaAfter = new Set([...raw.bareYearTarget.commas])
/** Does the paragraph after `from` set a later target year (…。到2024年，…)? */
function laterTarget(text: string, from: number, year: number): boolean {
  const end = text.indexOf('\n', from)
  for (const match of scanTime(text.slice(from, end < 0 ? text.length : end)).matches) {
    if (match.basis === 'target' && match.deadline.kind === 'due' && match.deadline.date && Number(match.deadline.date.slice(0, 4)) > year) return true
  }
  return false
}

/** A deadline verb (完成, 建成 …) in the window after `from`: the first such word, or undefined. */
function deadlineVerbAfter(text: string, from: number): string | undefined {
  return scanWindow(text, from, (offset) => {
    const follower = L.bareFollowers.longestAt(text, offset)
    return follower && isVerb(follower[0]) ? follower[0] : undefined
  })
}

/** A clause end closing a stock figure: the figure, perhaps its unit, then a comma or a sentence end. */
const STOCK_FIGURE_END = /\d(?:\.\d+)?\s*(?:[万亿千百]?[\u4e00-\u9fff]{0,2}|%|‰)$/
/**
 * The clause after a year's end holds a figure and no verb of doing (`全市常住人口874万人，…`, `城镇登记失业率为1.05%。`):
 * read up to the first comma or stop, at most stockFigure.clauseLength characters — past a comma right after the date, which fronts it
 * (`2006年末，全省金融机构…存款余额为3300.08亿元`); no target word before the date and no word setting a level or
 * comparing in the clause, unless the comparison is with the year before (`比上年增长26.9%`, `比年初增加…`: a figure
 * reported, events.json stockFigure.pastComparisons).
 */
function stockFigureAfter(text: string, match: TimeMatch): boolean {
  if (raw.stockFigure.notBefore.includes(text[match.index - 1])) return false
  const from = text[match.end] === '，' || text[match.end] === ',' ? match.end + 1 : match.end
  const end = Math.min(text.length, from + raw.stockFigure.clauseLength)
  let clauseEnd = from
  while (clauseEnd < end && !stops.has(text[clauseEnd]) && text[clauseEnd] !== '，' && text[clauseEnd] !== ',') clauseEnd++
  if (clauseEnd === end && end < text.length) return false
  const clause = text.slice(from, clauseEnd)
  // (compared with the year before, the comparing words report a change; the words of a target still exclude)
  const past = raw.stockFigure.pastComparisons.find((w) => clause.includes(w))
  const rest = past ? clause.replace(past, '') : clause
  const excluded = past ? raw.stockFigure.notInClause.filter((w) => !raw.stockFigure.comparing.includes(w)) : raw.stockFigure.notInClause
  return STOCK_FIGURE_END.test(clause) && !excluded.some((w) => rest.includes(w)) && !isDoing(deadlineVerbAfter(text.slice(0, clauseEnd), from), past)
}

/** A verb read after the date is one of doing, unless it is the change a comparison with the year before reports. */
const isDoing = (verb: string | undefined, past: string | undefined) => verb !== undefined && !(past && raw.stockFigure.comparing.some((w) => verb.startsWith(w) || verb.endsWith(w)))

// followers that are verbs of doing (完成, 建成 …), not the particles 前 / 内 / 底
const isVerb = (word: string) => word.length >= 2 && word !== '以来' && word !== '期间' && word !== '时期' && word !== '全年' && word !== '乃至'

/** Calls `readAt(offset)` at each position of the window after `from`; stops at the first non-undefined. */
function scanWindow(text: string, from: number, readAt: (offset: number) => string | undefined): string | undefined {
  const end = Math.min(text.length, from + raw.window.length)
  for (let i = from; i < end; i++) {
    if (stops.has(text[i])) return undefined
    const word = readAt(i)
    if (word !== undefined) return word
  }
  return undefined
}

/**
 * A day whose year is printed in Chinese numerals (二〇〇一年四月四日): the form of a 成文日期, never
 * of a due date in a table (a scraped 落款 may lose the name line above it).
 */
function cnYear(raw: string): boolean {
  const year = raw.indexOf(L.yearChar)
  return year === 4 && [...raw.slice(0, 4)].every((c) => L.cnDigits.has(c))
}

/** How many non-blank lines from a document's end are searched for its signing date. */
const SIGNING_LINES = 8

/**
 * The signing date of a text whose 落款 lost its name line (a scraped page): the last of its final
 * lines that holds nothing but a day with the year in Chinese numerals (`二○○一年四月四日`), ISO.
 * It dates the document for year inference (`4月15日前`) when its metadata found no date.
 *
 * @example
 * signingDateAtEnd('三、联络员名单于4月15日前报送。\n二○○一年四月四日\n', 0, 27) // → '2001-04-04'
 */
export function signingDateAtEnd(text: string, from: number, until: number): string | undefined {
  let end = until
  for (let seen = 0; seen < SIGNING_LINES && end > from; ) {
    let start = end
    while (start > from && text[start - 1] !== '\n') start--
    const line = text.slice(start, end).trim()
    end = start - 1
    if (!line) continue
    seen++
    // the match must be the whole line (raw = line), so cnYear(raw) is cnYear(line): test it first
    if (!cnYear(line)) continue
    const { matches } = scanTime(line)
    const only = matches.length === 1 ? matches[0] : undefined
    if (only && only.index === 0 && only.end === line.length && only.deadline.precision === 'day' && only.deadline.date && cnYear(only.deadline.raw)) return only.deadline.date
  }
  return undefined
}

const DATELINE_LINES = 8
const VENUE_AFTER = new RegExp(`^\\s*在[^\\n（）()]{2,60}?(?:${wordAlternation(history.deliveryVenues)})上`)
/**
 * VENUE_AFTER anywhere in a line: a line that holds none cannot be a dateline, whatever its date, so its
 * time is not scanned (the first 8 lines of every document without a printed date: 1.7 % of parse()).
 */
const VENUE_IN_LINE = new RegExp(VENUE_AFTER.source.replace(/^\^\\s\*/, ''))
/** Turns the venue pre-test off, for the test that holds it to reading every line. @internal */
export const datelineGate = { enabled: true }

/**
 * The day a report or speech was delivered, from its dateline among the first lines of [from, until)
 * (`——二〇二一年一月十四日在宜昌市第六届人民代表大会第六次会议上`, `（2019年1月21日在…会议上）`): a
 * day followed by 在 + a meeting (grammars/history.json `deliveryVenues`) + 上. It is no signature
 * (the gold leaves signedDate null) but the day the text speaks from: earlier dates in its review
 * are past (outside26 pages 12, 21).
 *
 * @example deliveryDateline('政府工作报告\n——2021年1月14日在某市人民代表大会第六次会议上\n各位代表：', 0, 40) // → '2021-01-14'
 */
export function deliveryDateline(text: string, from: number, until: number): string | undefined {
  let start = from
  for (let seen = 0; seen < DATELINE_LINES && start < until; ) {
    let end = text.indexOf('\n', start)
    if (end < 0 || end > until) end = until
    const line = text.slice(start, end)
    start = end + 1
    if (!line.trim()) continue
    seen++
    if (datelineGate.enabled && !VENUE_IN_LINE.test(line)) continue
    const first = scanTime(line).matches[0]
    if (!first || first.index > 4 || first.deadline.precision !== 'day' || !first.deadline.date) continue
    if (VENUE_AFTER.test(line.slice(first.end))) return first.deadline.date
  }
  return undefined
}

const narrators = WordList.fromWords(raw.narrators)
/** `，我们` right after the date (and its comma): the text narrates. */
function narratorAfter(text: string, end: number): boolean {
  let wordAt = end
  while (wordAt < text.length && (text[wordAt] === '，' || text[wordAt] === ',' || text[wordAt] === ' ')) wordAt++
  return wordAt > end && narrators.longestAt(text, wordAt) !== undefined
}

const alreadyWords = WordList.fromWords(raw.already.words)
const ALREADY_BREAK = /[，,。；;！？!?\n]/u

/** Says the clause after a date (events.json already) that its act is done? One comma right after the date is skipped. */
function alreadyAfter(text: string, end: number): boolean {
  let cursor = end
  if (text[cursor] === '，' || text[cursor] === ',') cursor++
  for (const limit = cursor + raw.already.within; cursor < limit && cursor < text.length && !ALREADY_BREAK.test(text[cursor]); cursor++) {
    if (alreadyWords.longestAt(text, cursor)) return true
  }
  return false
}

const permission = WordList.fromWords(raw.permission.words)

/**
 * Where the words after a counted span (…六年內, …5年内) begin — past one comma — or -1 when the date is no such
 * span (events.json permission.spanEnds). Read by the permission and the rate-window tests alike.
 */
function afterCountedSpan(text: string, match: TimeMatch): number {
  if (!raw.permission.spanEnds.includes(text[match.end - 1])) return -1
  return text[match.end] === '，' || text[match.end] === ',' ? match.end + 1 : match.end
}

/** Is the date a counted span right followed by a word of permission or exemption (events.json permission)? */
function permissionAfter(text: string, match: TimeMatch): boolean {
  const from = afterCountedSpan(text, match)
  if (from < 0) return false
  const word = permission.longestAt(text, from)
  return Boolean(word) && !raw.permission.notBefore.includes(text[from + (word?.[0].length ?? 0)] ?? '')
}

const rateWords = WordList.fromWords(raw.rateWindow.words)

/**
 * Does a rate or a standard follow the counted span, in a sentence with no modal before it (events.json rateWindow)?
 *
 * @example
 * // 自本办法施行之日起5年内，按照…的50%计算 → true; 应当自本条例施行之日起1年内，依照本条例…办理 → false
 */
function rateWindowAfter(text: string, match: TimeMatch): boolean {
  const from = afterCountedSpan(text, match)
  if (from < 0 || !rateWords.longestAt(text, from)) return false
  let start = match.index
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--
  const before = text.slice(start, match.index)
  return !raw.rateWindow.modals.some((modal) => before.includes(modal))
}

const permissionWords = WordList.fromWords(raw.permissionBefore.words)
const permissionLinks = WordList.fromWords(raw.permissionBefore.links)

/** Does a word of permission stand right before the date, or before its 於 (events.json permissionBefore)? */
function permissionBefore(text: string, index: number): boolean {
  const wordEnd = index - (permissionLinks.before(text, index)?.[0].length ?? 0)
  const word = permissionWords.before(text, wordEnd)
  return Boolean(word) && !raw.permissionBefore.notAfter.includes(text[wordEnd - (word?.[0].length ?? 0) - 1] ?? '')
}

const bondNouns = raw.bondTerms.nouns
const bondWords = raw.bondTerms.terms

/** Is the date in a sentence of a bond's terms (events.json bondTerms): a term word in its sentence, a bond named on its line? */
function bondTerms(text: string, match: TimeMatch): boolean {
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1
  const lineEnd = text.indexOf('\n', match.end) < 0 ? text.length : text.indexOf('\n', match.end)
  const line = text.slice(lineStart, lineEnd)
  if (!bondNouns.some((noun) => line.includes(noun))) return false
  let start = match.index
  while (start > lineStart && !SENTENCE_END.test(text[start - 1])) start--
  let end = match.end
  while (end < lineEnd && !SENTENCE_END.test(text[end])) end++
  const sentence = text.slice(start, end)
  return bondWords.some((word) => sentence.includes(word))
}

const planScopeBefore = WordList.fromWords(raw.planScope.before)
const topicWords = WordList.fromWords(raw.centuryTopic.words)

/** Does the century's sentence go on, after a comma, with a word that makes its goal a topic (events.json centuryTopic)? */
function centuryTopic(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + raw.centuryTopic.within)
  for (let index = end; index < limit && !SENTENCE_END.test(text[index]); index++) if ((text[index] === '，' || text[index] === ',') && topicWords.longestAt(text, index + 1)) return true
  return false
}

const alreadyBefore = WordList.fromWords(raw.alreadyBefore)
const alreadyTargets = new Set(raw.alreadyTargets)
const fromNow = WordList.fromWords(raw.spanFromNow.before)
const SENTENCE_END = /[。；;！？!?\n]/u

/** Is the date the end of a span from now that its sentence characterises (events.json spanFromNow: 从现在到…，是…)? */
function spanFromNow(text: string, match: TimeMatch): boolean {
  if (!fromNow.before(text, match.index)) return false
  const limit = Math.min(text.length, match.end + raw.spanFromNow.within)
  for (let index = match.end; index < limit && !SENTENCE_END.test(text[index]); index++) if (text[index] === raw.spanFromNow.copula) return true
  return false
}

const subjectTargets = new Set(raw.targetAsSubject.targets)

/** Is the target and its goal the subject of a copula right after its comma (events.json targetAsSubject: 到2020年…，是…目标)? */
function targetAsSubject(text: string, match: TimeMatch): boolean {
  if (!subjectTargets.has(match.target ?? '')) return false
  const limit = Math.min(text.length, match.end + raw.targetAsSubject.within)
  for (let index = match.end; index < limit && !SENTENCE_END.test(text[index]); index++) {
    // (a comma right after the date sets the goal off: 到2020年，全面建成小康社会，是…)
    if (!raw.targetAsSubject.commas.includes(text[index]) || index === match.end) continue
    const rest = text.slice(index + 1, index + 8).trimStart()
    return rest.startsWith(raw.targetAsSubject.copula) && !raw.targetAsSubject.notCopulas.some((w) => rest.startsWith(w))
  }
  return false
}

const issuedWords = WordList.fromWords(raw.issuedCited.words)

/** The word after the date that makes it a cited document's issue date (events.json issuedCited: 所发《…》), if any. */
function issuedCited(text: string, end: number): string | undefined {
  const word = issuedWords.longestAt(text, end)?.[0]
  if (!word) return undefined
  let next = end + word.length
  if (text[next] === raw.attributive.joiner) next++
  return text.startsWith(raw.issuedCited.opener, next) ? word : undefined
}

const afterwardWords = WordList.fromWords(raw.afterward)
const spanLinks = new Set(raw.spanEnd.links)
const spanTails = [...raw.spanEnd.tails].sort((a, b) => b.length - a.length)
const PRINTED_YEAR = /[0-9０-９〇○零一二三四五六七八九十百]年/u
const YEAR_OR_MONTH = /[0-9０-９〇○零一二三四五六七八九十][年月]$/u

/**
 * Is the date the end of a span opened by another date right before its 到 / 至 (events.json spanEnd:
 * 一九六六年冬季到一九六七年春季)? The link may be read with the date or stand just before it.
 */
function spanEndAfterDate(text: string, match: TimeMatch): boolean {
  let link = match.index - 1
  if (spanLinks.has(match.deadline.raw[0])) link = match.index
  else if (!spanLinks.has(text[link])) return false
  let before = text.slice(Math.max(0, link - 8), link)
  const tail = spanTails.find((word) => before.endsWith(word))
  if (tail) before = before.slice(0, -tail.length)
  return YEAR_OR_MONTH.test(before)
}

const possibility = WordList.fromWords(raw.possibility)
const reportedWords = WordList.fromWords(raw.reportedTarget.words)
const PUNCTUATION = /[\s，。；：、,.;:！？!?（）()《》“”"「」]/u

/** Is the date a 到 target right after a word that reports a goal set (events.json reportedTarget: 提出的到…, 明确了我国到…)? */
function reportedTarget(text: string, match: TimeMatch): boolean {
  const toAt = match.index - 1
  if (text[toAt] !== '到') return false
  for (let gap = 0; gap <= raw.reportedTarget.within && toAt - gap > 0; gap++) {
    if (gap > 0 && PUNCTUATION.test(text[toAt - gap])) return false
    if (reportedWords.before(text, toAt - gap)) return true
  }
  return false
}

const spanOpeners = new Set(raw.spanFromPast.from)
const YEAR_DIGIT = /[0-9０-９〇○零一二三四五六七八九]/u

/** Does the sentence before the date's 到 open a span at a year with 从 / 自 (events.json spanFromPast)? */
function spanFromPast(text: string, match: TimeMatch): boolean {
  if (text[match.index - 1] !== raw.spanFromPast.target) return false
  for (let index = match.index - 2; index >= 0 && !SENTENCE_END.test(text[index]); index--) {
    if (!spanOpeners.has(text[index])) continue
    // 从 + four year digits + 年 (从一九零零年, 从1978年)
    let cursor = index + 1
    while (cursor < match.index && YEAR_DIGIT.test(text[cursor])) cursor++
    if (cursor - index - 1 === 4 && text[cursor] === '年') return true
  }
  return false
}

const perfective = raw.perfective

/**
 * Tells the clause after a date (events.json perfective) its act as done, with 了 after the verb? One comma
 * right after the date is skipped; 为了, 了解 and the like are no perfective.
 */
function perfectiveAfter(text: string, end: number): boolean {
  let cursor = end
  if (COMMAS.has(text[cursor])) cursor++
  for (const limit = cursor + perfective.within; cursor < limit && cursor < text.length && !ALREADY_BREAK.test(text[cursor]); cursor++) if (cursor !== end && perfectiveAt(text, cursor)) return true
  return false
}

/** Is the code unit at `index` a perfective 了 (events.json perfective): not 为了, 了解 and the like? */
function perfectiveAt(text: string, index: number): boolean {
  return text[index] === perfective.marker && !perfective.notAfter.includes(text[index - 1]) && !perfective.notBefore.includes(text[index + 1] ?? '')
}

/** Commas that may close a sentence-opening time adverbial. */
const COMMAS = new Set(['，', ','])

/** Does the date at `start` open its sentence (the text's start, a sentence end or a line break before it, spaces aside)? */
function opensSentence(text: string, start: number): boolean {
  let before = start - 1
  while (before >= 0 && (text[before] === ' ' || text[before] === '\u3000')) before--
  return before < 0 || SENTENCE_END.test(text[before])
}

/** Does a perfective 了 (events.json perfective) stand in the sentence from `from` on, within `sentenceWithin` characters? */
function perfectiveInSentence(text: string, from: number): boolean {
  for (let cursor = from, limit = from + perfective.sentenceWithin; cursor < limit && cursor < text.length && !SENTENCE_END.test(text[cursor]); cursor++)
    if (cursor !== from && perfectiveAt(text, cursor)) return true
  return false
}

/** A time of day right after a date (10:12:40, 14:52). */
const CLOCK = /^\s*\d{1,2}[:：]\d{2}/

/**
 * Does an hour of the day (events.json hourOfDay) follow the date ending at `end` — or end its `raw`,
 * when the scanner read the clock with the day (2023年7月3日14:00) — with no limit word after it?
 */
function atHourOfDay(text: string, end: number, raw: string): boolean {
  if (CLOCK_END.test(raw)) return !limitAfter(text, end)
  const hour = HOUR_OF_DAY.exec(text.slice(end, end + 24))
  return Boolean(hour) && !limitAfter(text, end + (hour?.[0].length ?? 0))
}
/** A limit word (events.json hourOfDay.dueAfter) within a few characters after an hour, before any punctuation (上午下班前). */
function limitAfter(text: string, from: number): boolean {
  for (let k = from; k < Math.min(text.length, from + raw.hourOfDay.dueWithin + 1); k++) {
    if (hourDue.longestAt(text, k)) return true
    if (HOUR_STOP.test(text[k])) return false
  }
  return false
}
const HOUR_STOP = /[，。；：、,.;:！？\n（）()]/
/** A clock time closing a date as the scanner read it (2023年7月3日14:00). */
const CLOCK_END = /\d{1,2}[:：]\d{2}$/
/** A day in digits and separators only (2019-06-21, 2019.06.21): the form of a page's stamp. */
const NUMERIC_DAY = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/

/** Nothing but spaces beside the date on its line: a signing or cover date. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/.test(text[i])) return false
  for (let i = end; i < text.length && text[i] !== '\n'; i++) if (!/\s/.test(text[i])) return false
  return true
}

const lineAt = (text: string, from: number, step: 1 | -1): string => {
  // the nearest non-blank line before (step -1, from = a line start) or after (step 1, from = a line end)
  let cursor = from
  while (cursor >= 0 && cursor < text.length) {
    cursor += step
    let lineStart = cursor
    let lineEnd = cursor
    if (step < 0) {
      while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--
      lineEnd = cursor + 1
      cursor = lineStart - 1
    } else {
      while (lineEnd < text.length && text[lineEnd] !== '\n') lineEnd++
      cursor = lineEnd
    }
    const line = text.slice(lineStart, lineEnd).trim()
    if (line) return line
    if (step < 0 && cursor < 0) break
  }
  return ''
}

/** A line that is one year and nothing else (2019年, 二〇二〇年度): a table's column head. */
const YEAR_CELL = /^(?:(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零○一二三四五六七八九]{3})年度?$/

/** Is the line of [start, end) beside another line that is a year alone (the heads of a flattened table)? */
function besideYearCell(text: string, start: number, end: number): boolean {
  let lineStart = start
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--
  let lineEnd = end
  while (lineEnd < text.length && text[lineEnd] !== '\n') lineEnd++
  return YEAR_CELL.test(lineAt(text, lineStart - 1, -1)) || YEAR_CELL.test(lineAt(text, lineEnd, 1))
}

/** A short name on the line before (国务院办公厅) and no numbered line after: a 落款, not a table cell. */
function signatureAround(text: string, start: number, end: number): boolean {
  let lineStart = start
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--
  let lineEnd = end
  while (lineEnd < text.length && text[lineEnd] !== '\n') lineEnd++
  const prev = lineAt(text, lineStart - 1, -1)
  const next = lineAt(text, lineEnd, 1)
  // 2 / 市财政局 / 2020年6月30日: a row of a table, not a 落款
  let prevStart = text.lastIndexOf(prev, lineStart)
  while (prevStart > 0 && text[prevStart - 1] !== '\n') prevStart--
  const before = prevStart > 0 ? lineAt(text, prevStart - 1, -1) : ''
  return !/^[0-9０-９]+[.、．]?$/.test(before) && prev.length > 0 && prev.length <= 30 && !/[0-9０-９]/.test(prev) && !/[。，；：:,.;）)]$/.test(prev) && !/^[0-9０-９]/.test(next)
}

const TITLE_YEAR = /(?:19|20)\d{2}/g

/**
 * The year context of a report on a year's work (its genre ends in a yearOfWork word of
 * events.json) that prints no date: the one year its title names
 * (`2002年中华人民共和国国务院政府工作报告` → 2002), not a span (`2021—2025年`).
 *
 * @example
 * yearContextOf('1999年政府工作报告', '政府工作报告') // → { textYear: 1999, yearOfWork: true }
 * yearContextOf('2030年前碳达峰行动方案', '行动方案') // → {}
 */
export function yearContextOf(title: string | null | undefined, docType: string | null | undefined): EventContext {
  if (!title) return {}
  const normalized = title.normalize('NFKC')
  const years = [...normalized.matchAll(TITLE_YEAR)]
  if (years.length !== 1) return {}
  const year = years[0]
  if (normalized[year.index + 4] !== '年') return {}
  // only a report on a year's work: in other titles a year is often a target (2030年前碳达峰…)
  if (!docType || !yearOfWorkGenres.some((g) => docType.endsWith(g))) return {}
  return { textYear: Number(year[0]), yearOfWork: true }
}

const caseHeading = new RegExp(`^[ \\t　]*(?:${wordAlternation(raw.caseReport.headings)})[ \\t　]*$`, 'm')

const prior = raw.priorState
const priorWords = WordList.fromWords(prior.words)
const AT_WORDS = new Set(['于', '於', '在'])
const RELATIVE_BREAK = /[\s，。；：、,.;:！？!?]/u

/**
 * The words that make a date before-cued with `ownCue` a condition (events.json priorState, relativeClause), or
 * undefined: 已 / 又 right after it (what was done before the date), or a phrase closed by 者 before any
 * punctuation. A modal or latest-date word right before the date or its 於 (應於…前已完成) keeps it due.
 */
function priorCondition(text: string, match: TimeMatch, ownCue: string): string | undefined {
  if (!prior.cueEnds.includes(ownCue)) return undefined
  // the modal of the date's own clause, right before it or its 於 (應清查…以前已有 is the modal of 清查)
  if (dueBefore.before(text, match.index) || (AT_WORDS.has(text[match.index - 1]) && dueBefore.before(text, match.index - 1))) return undefined
  const done = priorWords.longestAt(text, match.end)
  if (done) return ownCue + done[0]
  const limit = Math.min(text.length, match.end + raw.relativeClause.span)
  for (let index = match.end; index < limit && !RELATIVE_BREAK.test(text[index]); index++) if (text[index] === raw.relativeClause.closer) return text.slice(match.end - ownCue.length, index + 1)
  return undefined
}

/** Is the text a court case (events.json caseReport): does one of its lines hold only a case's section heading? */
export function isCaseReport(text: string): boolean {
  return caseHeading.test(text)
}

/**
 * Is a text of this genre narrated (a report: events.json narrative)?
 *
 * @example isNarrativeGenre('报告') // → true
 * @example isNarrativeGenre('实施方案') // → false
 */
export function isNarrativeGenre(docType: string | null | undefined): boolean {
  return Boolean(docType && narrativeGenres.some((g) => docType.endsWith(g)))
}

/** Does a title report, whatever its genre (events.json `narrativeTitles`: `…关于报送2023年…工作情况的函`)? */
export function isNarrativeTitle(title: string | null | undefined): boolean {
  return Boolean(title && raw.narrativeTitles.some((w) => title.includes(w)))
}

/** A reader of the year a title's closing bracket gives with one of `words` (`(2025年版)`, `(2014年修订)`). */
function closingYearReader(words: readonly string[]): (title: string | null | undefined) => number | undefined {
  const tag = new RegExp(`[（(]((?:19|20)\\d{2})年(?:${words.join('|')})[）)]\\s*$`)
  return (title) => {
    const closing = title ? tag.exec(title.normalize('NFKC')) : null
    return closing ? Number(closing[1]) : undefined
  }
}

/**
 * The year of the revision a title closes with (grammars/history.json `revisionWords`), or undefined.
 *
 * @example revisionYearOf('北京市防汛应急预案(2014年修订)') // → 2014
 */
export const revisionYearOf = closingYearReader(history.revisionWords)

/**
 * The edition year a title closes with (grammars/history.json `editionWords`), or undefined.
 *
 * @example editionYearOf('嘉兴市推动经济高质量发展若干政策(2025年版)') // → 2025
 */
export const editionYearOf = closingYearReader(history.editionWords)
