/**
 * Draws the third gold set, test/gold/blind-c/ (issue #11, Method): PLAN documents — the ones users
 * feed most and the first blind set (laws, reports, short notices; no stages) covers least.
 *
 *   node --import tsx scripts/sample-gold-c.ts          # writes test/gold/blind-c/SAMPLE.tsv
 *
 * Pool: corpus/policy politic_analysis_2025 and govcn_platform1 texts of at most MAX_CHARS
 * characters that hold tasks — a responsibility cue (牵头, 责任单位, 负责) or a due-date cue
 * (底前, 月前, 完成时限) or a stage heading (阶段, 进度安排, 实施步骤) — and whose text is in no gold
 * set yet (any file under test/gold; compared by long lines, the corpus holds verbatim duplicates and
 * the blind set's export fixtures re-wrap corpus bodies). The corpus is thin in plans: the labelled
 * and stage families have fewer candidates than their size, and prose-roles takes up the rest.
 * Each candidate falls in exactly one family, by the first rule that matches (see familyOf):
 * stages, notice-wrapping-plan, labelled-roles, prose-roles. The draw takes SIZES[family] from each,
 * seed SEED (mulberry32, the same generator as scripts/sample-gold.ts), and numbers the documents
 * round-robin over the families, so that annotating indices 0…k in order covers every family.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goldLines, overlaps, REPO } from './lib/gold-pool.js'
import { mulberry32 } from './lib/random.js'

/** The fixed seed of the draw. Changing it changes the whole sample. */
export const SEED = 20261201
/** Longer texts are skipped so that each can be read whole (bias: long 规划 are left out). */
const MAX_CHARS = 30_000
const OUT = join(REPO, 'test/gold/blind-c')

const FAMILIES = ['stages', 'labelled-roles', 'prose-roles', 'notice-plan'] as const
type FamilyName = (typeof FAMILIES)[number]
const SIZES: Record<FamilyName, number> = { stages: 4, 'labelled-roles': 4, 'prose-roles': 6, 'notice-plan': 3 }

const TASK_CUE = /牵头|责任单位|负责|底前|月前|完成时限|阶段|进度安排|实施步骤/
/** Cues of an assignment or a due date; 负责人 and 负责解释 are not assignments. */
const ASSIGN_CUE = /牵头|责任单位|负责(?![人解])|底前|月前|完成时限/g
/**
 * A stage: a line that opens with a stage word (after an optional 一、/（一） marker), or a short line
 * without a full stop holding one, or 第X阶段 followed by its period or target (第一阶段（2016-2017年）,
 * 第一阶段，到2020年). 阶段 inside a sentence (现阶段, 两个阶段的试验) does not count.
 */
const STAGE_WORD = /第[一二三四五六]阶段|阶段\s*[（(：:]|进度安排|实施步骤|推进步骤|工作步骤|时间安排|步骤安排/
const STAGE_OPEN = new RegExp(`^(?:[（(]?[一二三四五六七八九十\\d]+[）)、.．]\\s*)?(?:${STAGE_WORD.source})`)
const isStage = (line: string): boolean => STAGE_OPEN.test(line) || (line.length <= 50 && !/[。；]/.test(line) && STAGE_WORD.test(line)) || /第[一二三四五六]阶段\s*[（(，,：:]/.test(line)
/** Labelled roles: 牵头单位： / 责任单位： / （责任单位 … */
const ROLE_LABEL = /(牵头单位|责任单位|配合单位|参与单位|责任部门|牵头部门)\s*[:：]|[（(](牵头单位|责任单位|责任部门|牵头部门)/
/** A notice issuing another document: its own title (one of the first lines, or gov.cn's 标题 line, not a 《》 citation), or the 印发 sentence of a body-only export. */
const NOTICE_TITLE = /^[^《》]*印发[^《》]{0,80}的(通知|函)$/
const ISSUE_SENTENCE = /印发给你们|现印发|现将.{0,60}印发/

function familyOf(text: string): FamilyName | null {
  if (!TASK_CUE.test(text)) return null
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  if (lines.some(isStage)) return 'stages'
  // The other families must hold tasks: at least two assignment or due-date cues.
  if ((text.match(ASSIGN_CUE) ?? []).length < 2) return null
  const govTitle = lines.findIndex((l) => /^标\s*题[:：]/.test(l))
  const titles = [...lines.slice(0, 5), ...(govTitle >= 0 ? [lines[govTitle + 1] ?? ''] : [])]
  if (titles.some((l) => NOTICE_TITLE.test(l)) || lines.slice(0, 15).some((l) => ISSUE_SENTENCE.test(l))) return 'notice-plan'
  if (ROLE_LABEL.test(text)) return 'labelled-roles'
  if (/牵头|负责(?![人解])/.test(text)) return 'prose-roles'
  return null
}

interface Candidate {
  id: string
  file: string
  text: string
  family: FamilyName
}

function pool(): Candidate[] {
  const dir = join(REPO, 'corpus/policy')
  return readdirSync(dir)
    .filter((f) => /^(politic_analysis_2025|govcn_platform1)__/.test(f) && f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8')
      const family = [...text].length <= MAX_CHARS ? familyOf(text) : null
      return family ? [{ id: f.replace(/\.txt$/, ''), file: `corpus/policy/${f}`, text, family }] : []
    })
}

function main(): void {
  const rand = mulberry32(SEED)
  const taken = goldLines(OUT)
  const all = pool()
  const drawn = new Map<FamilyName, Candidate[]>()
  for (const family of FAMILIES) {
    const candidates = all.filter((c) => c.family === family)
    const picks: Candidate[] = []
    while (picks.length < SIZES[family] && candidates.length) {
      const c = candidates.splice(Math.floor(rand() * candidates.length), 1)[0]!
      if (overlaps(c.text, taken)) continue
      picks.push(c)
    }
    drawn.set(family, picks)
    process.stdout.write(`${family}: pool ${all.filter((c) => c.family === family).length}, drawn ${picks.length}\n`)
  }
  // Round-robin numbering: 0 stages, 1 labelled, 2 prose, 3 notice, 4 stages, …
  const rows: Candidate[] = []
  for (let round = 0; rows.length < all.length; round++) {
    const before = rows.length
    for (const family of FAMILIES) {
      const c = drawn.get(family)![round]
      if (c) rows.push(c)
    }
    if (rows.length === before) break
  }
  mkdirSync(OUT, { recursive: true })
  const lines = ['index\tfamily\tid\tchars\tfile']
  rows.forEach((c, index) => lines.push([index, c.family, c.id, [...c.text].length, c.file].join('\t')))
  writeFileSync(join(OUT, 'SAMPLE.tsv'), lines.join('\n') + '\n')
  process.stdout.write(`seed ${SEED}: ${rows.length} documents → test/gold/blind-c/SAMPLE.tsv\n`)
}

main()
