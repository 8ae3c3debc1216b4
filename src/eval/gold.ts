import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { RoleKindSchema } from '../schema/task.js'
import { IsoDateSchema } from '../schema/time.js'
import { HistoryActionSchema } from '../schema/document.js'

/**
 * The annotation format of `test/gold/*.json` (see test/gold/README.md).
 * A meta field left out is not scored; `null` / `[]` means "the document prints none".
 */
export const GoldMetaSchema = z.object({
  title: z.string().nullable().optional(),
  docType: z.string().nullable().optional(),
  docNumber: z.string().nullable().optional(),
  signedDate: IsoDateSchema.nullable().optional(),
  publishedDate: IsoDateSchema.nullable().optional(),
  issuers: z.array(z.string()).optional(),
  /** 版记: the 印发 date, the printing office and the 抄送 units (a set). */
  printedDate: IsoDateSchema.nullable().optional(),
  printedBy: z.string().nullable().optional(),
  copyTo: z.array(z.string()).optional(),
  /**
   * Amendment history: (date, action) pairs, one per dated event, scored as a set. action is one of
   * 制定 订定 修正 废止 公布 施行 通过 批准 in simplified characters; as grammars/history.json reads
   * them, 修订/增订/删除 are 修正, 发布/颁布/公告 are 公布, 失效/停止适用 are 废止.
   */
  history: z.array(z.object({ date: IsoDateSchema.nullable(), action: HistoryActionSchema })).optional(),
})

/** A unit as printed, optionally with the canonical name it stands for. */
export const GoldUnitSchema = z.union([z.string(), z.object({ name: z.string(), canonical: z.string().optional() })])

export const GoldTaskSchema = z.object({
  /**
   * The clause path, as the parser's task paths: `[]` is the part's text above its first marker (a page cut from a
   * law database can open with the role parenthesis of a task whose heading stands on the page before, outside36).
   */
  path: z.array(z.string()),
  roles: z.array(z.object({ role: RoleKindSchema, units: z.array(GoldUnitSchema) })),
  deadlines: z.array(IsoDateSchema),
})

export const GoldStageSchema = z.object({ name: z.string(), start: IsoDateSchema.nullable(), end: IsoDateSchema.nullable() })

export interface GoldPart {
  meta: z.infer<typeof GoldMetaSchema>
  /**
   * Left out: the part's roles and deadlines are not scored (a long document annotated for its
   * metadata and stages only, blind-e). `[]` means the part assigns nothing and is due nothing.
   */
  tasks?: z.infer<typeof GoldTaskSchema>[]
  stages: z.infer<typeof GoldStageSchema>[]
  documents?: GoldPart[]
  notes?: string
}

export const GoldPartSchema: z.ZodType<GoldPart> = z.object({
  meta: GoldMetaSchema,
  tasks: z.array(GoldTaskSchema).optional(),
  stages: z.array(GoldStageSchema),
  get documents() {
    return z.array(GoldPartSchema).optional()
  },
  notes: z.string().optional(),
})

export const GoldFileSchema = z.intersection(GoldPartSchema, z.object({ file: z.string() }))

export type GoldMeta = z.infer<typeof GoldMetaSchema>
export type GoldUnit = z.infer<typeof GoldUnitSchema>
export type GoldTask = z.infer<typeof GoldTaskSchema>
export type GoldStage = z.infer<typeof GoldStageSchema>
export type GoldFile = GoldPart & { file: string }

/** A gold file as loaded: its name in the gold folder and its validated content. */
export interface LoadedGold {
  name: string
  gold: GoldFile
}

/**
 * Reads every annotation file of a gold folder (`*.json` except `baseline.json`), sorted by name.
 * Throws with the file name when one does not match the annotation format: gold files are
 * written by hand, and a typo must not silently drop them from the evaluation.
 *
 * @example
 * loadGold('test/gold').map((g) => g.name) // ['policy-central_009', …, 'seed-004']
 */
export function loadGold(dir: string): LoadedGold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'baseline.json')
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown
      const parsed = GoldFileSchema.safeParse(raw)
      if (!parsed.success) throw new Error(`gold file ${f} does not match the annotation format: ${parsed.error.message}`)
      return { name: basename(f, '.json'), gold: parsed.data as GoldFile }
    })
}
