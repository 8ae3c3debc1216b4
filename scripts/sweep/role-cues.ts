/**
 * The role-cue sweep of one document (issue #11): every occurrence of 牵头, 负责, 配合, 参与, 协助,
 * 会同, 参加 and `单位：` (simplified or traditional) is either inside a role the parser extracted
 * (the role's position covers it) or in a named non-assignment class; the rest is `unexplained`.
 * Used by scripts/sweep-role-cues.ts (whole corpus) and test/extract/roles/sweep-level.test.ts.
 */
import type { PolicyDocument } from '../../src/index.js'
import { classifyUnit } from '../../src/extract/roles/index.js'
import documentRules from '../../grammars/roles/document-rules.json' with { type: 'json' }
import verbs from '../../grammars/roles/verbs.json' with { type: 'json' }

export const INSIDE = 'inside an extracted role'
export const UNEXPLAINED = 'unexplained'

export const CUES = /牵头|牽頭|负责|負責|配合|参与|參與|协助|協助|会同|會同|参加|參加|单位[：:]|單位[：:]/g

/**
 * Named non-assignment classes, tried in order on the text around a cue: `before` is up to 30
 * characters before it on the same line, `after` up to 8 after it, `rest` up to 30. The last class asks the
 * parser's unit classifier whether a unit name ends right before the cue; after it, a unit taking
 * part (配合, 协助, 参加, 参与) with nobody leading or responsible in its sentence is cooperation, not an
 * assignment (the parser drops such prose participants). The rest stays `unexplained`.
 */
export const CLASSES: Array<[string, (cue: string, before: string, after: string, rest: string, sentence: string) => boolean]> = [
  ['slogan (谁主管、谁负责)', (_c, b) => /谁$/.test(b)],
  ['会同 in a sentence without 牵头 (not a role by the gold conventions)', (c, b, a) => /^(会同|會同)/.test(c) && !/牵头|牽頭/.test(b + a)],
  ['not the word (社会同步, 机会同等)', (c, b) => /^(会同|會同)/.test(c) && /(社|機|机|大|开|開|学|學|协|協|工|省|都|体|體)$/.test(b)],
  ['addressee / form field (各有关单位：, 申报单位：)', (c) => /[：:]$/.test(c)],
  ['accountability (对…负责)', (c, b, a) => /^(负责|負責)/.test(c) && /[对對][^，。；]*$/.test(b) && /^($|[，。；、）)])/.test(a)],
  ['person (负责人, 负责同志)', (c, _b, a) => /^(负责|負責)/.test(c) && /^(人|同志|的同志|干部)/.test(a)],
  [
    "a duty inside a body's description (县级以上人民政府负责…工作的部门应当…)",
    (c, _b, _a, rest) => /^(负责|負責)/.test(c) && /^(?![^的]*[对對向为為与與])[^，。；：、（）()]{1,24}?的(?:部门|部門|机构|機構|机关|機關|单位|單位|工作人员|人员|人員|同志)/.test(rest),
  ],
  ['interpretation (负责解释)', (c, _b, a) => /^(负责|負責)/.test(c) && /^(解释|解釋)/.test(a)],
  // (its sentence may open on the line above: `本指南由…组织编制，由…建筑节能与` ⏎ `科技司负责管理`)
  ["a standard's foreword (本指南由…负责管理: who manages the standard)", (_c, _b, _a, _r, sentence) => FOREWORD.test(sentence)],
  ['system / adjective (负责制, 负责任)', (c, _b, a) => /^(负责|負責)/.test(c) && /^(制|任|到底)/.test(a)],
  ['role noun (牵头单位要…, 配合作用)', (_c, _b, a) => /^(单位|單位|部门|部門|领导|領導|作用|机制|機制|者|方|人|度|权|權|率|感|意识|意識)(?![：:])/.test(a)],
  ['attributive (…的)', (_c, _b, a) => /^的/.test(a)],
  [
    'encouraged / general participation (鼓励社会参与)',
    (c, b) =>
      /参与|參與|参加|參加|配合|协助|協助|牵头|牽頭/.test(c) &&
      /(鼓励|鼓勵|支持|引导|引導|吸引|动员|動員|邀请|邀請|允许|允許|欢迎|歡迎|可以|社会|社會|公众|公眾|群众|群眾|全民|广泛|廣泛|积极|積極|共同|有序|依法|应当|應當|应|應|必须|必須|给予|給予|予以|拒绝|拒絕|不|未|深度|深入|组织|組織|推动|推動|准备|準備|可|不得)[^，。；]*$/.test(
        b,
      ),
  ],
  [
    'no unit before the cue (，负责…, 牵头抓总)',
    (_c, b) => /(^|[，。；：、（(\s]|并|並|具体|具體|统一|統一|分别|分別|主要|要|应|應|须|須|共同|积极|積極|由其|由|并由|并且|亦|密切|协同|協同|相互|互相|紧密|緊密)$/.test(b),
  ],
  // a body someone hires (第三方管理机构负责…): whoever is hired, no unit (grammars/units/suffixes.json hiredStarts)
  ['a hired third party (第三方…机构负责)', (_c, b) => /第三方[^，。；：、\s]{0,12}$/.test(b)],
  ['no unit name right before the cue (企业参与, 专家协助)', (_c, b) => !unitBefore(b)],
  [
    'a bare body word opening its sentence (。办公室负责…: the office the text sets up, grammars roster.bareBodies)',
    (c, b) => /^(负责|負責)/.test(c) && new RegExp(`(^|[。；])(${documentRules.roster.bareBodies.join('|')})$`).test(b),
  ],
  [
    'taking part with nobody leading or responsible in the sentence (应当参加验收, 积极配合有关部门)',
    (c, b, a) => /^(配合|参与|參與|协助|協助|参加|參加)/.test(c) && !/牵头|牽頭|负责|負責/.test(b.slice(b.search(/[^。；]*$/)) + a),
  ],
]

/** A sentence opening with a standard's own name and 由 (grammars/roles/verbs.json forewordSubjects). */
const FOREWORD = new RegExp(`^\\s*(?:${verbs.forewordSubjects.join('|')})由`)

const FILLERS = /(分别|共同|具体|统一|积极|密切|主动|各自|切实|全力|要|应当|应|也|均|都|等有关部门|等相关部门|等有关单位|等相关单位|等部门|等单位|等)$/

/** Does the clause text before a cue end with a unit name (after fillers such as 分别, 等单位)? */
function unitBefore(before: string): boolean {
  let b = before.slice(Math.max(before.search(/[^，。；：！？]*$/), 0))
  for (let prev = ''; prev !== b; ) {
    prev = b
    b = b.replace(FILLERS, '')
  }
  for (let j = b.length - 2; j >= 0 && b.length - j <= 24; j--) if (classifyUnit(b, j, b.length) !== undefined) return true
  return false
}

interface Span {
  s: number
  e: number
}

function roleSpans(doc: PolicyDocument, out: Span[]): void {
  for (const t of doc.tasks) for (const r of t.roles) if (r.position) out.push({ s: r.position.start.offset!, e: r.position.end.offset! })
  for (const d of doc.documents) roleSpans(d, out)
}

export interface CueCase {
  cls: string
  index: number
  end: number
  /** The cue with up to 40 characters before it and 30 after it on its line (⟦cue⟧). */
  context: string
}

/** Classify every role cue of `text`, given the parsed document. */
export function classifyRoleCues(text: string, doc: PolicyDocument): CueCase[] {
  const spans: Span[] = []
  roleSpans(doc, spans)
  const out: CueCase[] = []
  for (const m of text.matchAll(CUES)) {
    const i = m.index
    const j = i + m[0].length
    const lineStart = text.lastIndexOf('\n', i - 1) + 1
    const lineEnd = (text.indexOf('\n', j) + 1 || text.length + 1) - 1
    const context = `${text.slice(Math.max(lineStart, i - 40), i)}⟦${m[0]}⟧${text.slice(j, Math.min(lineEnd, j + 30))}`
    let cls: string | undefined
    if (spans.some((sp) => sp.s <= i && j <= sp.e)) cls = INSIDE
    else {
      const before = text.slice(Math.max(lineStart, i - 30), i)
      const after = text.slice(j, Math.min(lineEnd, j + 8))
      const rest = text.slice(j, Math.min(lineEnd, j + 30))
      // (the cue's sentence from its start, across line breaks, at most 120 characters back)
      const from = Math.max(0, i - 120)
      const sentence = text.slice(from + text.slice(from, i).search(/[^。；！？]*$/), i)
      cls = CLASSES.find(([, test]) => test(m[0], before, after, rest, sentence))?.[0] ?? UNEXPLAINED
    }
    out.push({ cls, index: i, end: j, context })
  }
  return out
}
