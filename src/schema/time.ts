import { z } from 'zod'
import { PositionSchema } from './position.js'
import { PRECISIONS } from './precision.js'

/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ id: 'IsoDate' })

/**
 * A time expression of a policy document, resolved.
 * - `due`: a deadline, `date` is the last day that still meets it (`2015年6月底前` → 2015-06-30)
 * - `start`: work begins then (`2015年1月启动`), `date`/`start` is the first day
 * - `range`: a period with `start` and `end` (`2014—2015年`, `十三五期间`, `2015年上半年`)
 * - `recurring`: repeats every year, month or week (`每年2月底前`, `每月10日前`, `每周五前`), `start` is when it begins if printed
 * - `ongoing`: no end (`长期坚持`, `持续推进`), `start`/`end` where the text bounds it
 * - `immediate`: `立即`, `date` is the reference date when known
 */
export const DeadlineSchema = z
  .object({
    raw: z.string(),
    kind: z.enum(['due', 'start', 'range', 'recurring', 'ongoing', 'immediate']),
    date: IsoDateSchema.nullable().optional(),
    start: IsoDateSchema.nullable().optional(),
    end: IsoDateSchema.nullable().optional(),
    precision: z.enum(PRECISIONS),
    inferred: z
      .object({
        year: z.enum(['item', 'plan', 'document', 'reference']).optional(),
        note: z.string().optional(),
      })
      .optional(),
    recurrence: z
      .object({
        every: z.enum(['year', 'half', 'quarter', 'month', 'week']),
        month: z.number().int().optional(),
        day: z.number().int().optional(),
        /** ISO weekday, 1 = Monday … 7 = Sunday (每周五前 → 5). */
        weekday: z.number().int().min(1).max(7).optional(),
      })
      .optional(),
    position: PositionSchema,
  })
  .meta({ id: 'Deadline' })

/**
 * A date the text reports rather than sets (issue 11): kept apart from `deadlines` so that no
 * scorer counts it as one.
 * - `meeting`: 2019年3月15日召开…会议
 * - `publication`: 2019年3月15日印发, a signing or cover date alone on its line
 * - `amendment`: 2008年2月18日…修订
 * - `statistic`: 2019年、2020年分别增长…, 2020年全市GDP同比增长
 * - `since`: 2019年以来, 自2018年开展…以来, “十三五”以来
 * - `condition`: a date that bounds who qualifies (注册时间为2017年9月30日前, 1958年1月1日以后出生)
 * - `validity`: the end of a validity (有效期至2026年2月21日): an expiry, never a due date
 * - `forecast`: what the text expects, not what it sets (1997年，…发生7级以上地震的可能性较大, 预计)
 * - `window`: a span in which an act may or must be done, not when it is due (申报期为2016年5月1日至5月31日,
 *   2016年5月申报期内, 申报期延长至6月27日); a span with a due cue of its own (…至3月31日前完成) stays a deadline
 * - `other`: a date before the document's own, read without a deadline cue
 */
export const TimeEventKindSchema = z.enum(['meeting', 'publication', 'amendment', 'statistic', 'since', 'condition', 'forecast', 'validity', 'window', 'other']).meta({ id: 'TimeEventKind' })

export const TimeEventSchema = z
  .object({
    raw: z.string(),
    kind: TimeEventKindSchema,
    /** The word that named the event (召开, 印发, 增长, 以来), when one did. */
    cue: z.string().optional(),
    date: IsoDateSchema.nullable().optional(),
    start: IsoDateSchema.nullable().optional(),
    end: IsoDateSchema.nullable().optional(),
    precision: z.enum(PRECISIONS),
    inferred: z.object({ year: z.enum(['item', 'plan', 'document', 'reference']).optional(), note: z.string().optional() }).optional(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'TimeEvent' })

export const MilestoneSchema = z
  .object({
    deadline: DeadlineSchema.nullable(),
    action: z.string(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'Milestone' })

export const StageSchema = z
  .object({
    name: z.string(),
    raw: z.string(),
    start: IsoDateSchema.nullable(),
    end: IsoDateSchema.nullable(),
    goal: z.string().optional(),
    inferred: z.object({ start: z.boolean().optional(), end: z.boolean().optional() }).optional(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'Stage' })

export const PeriodSchema = z.object({ start: IsoDateSchema.nullable(), end: IsoDateSchema.nullable(), raw: z.string(), position: PositionSchema.optional() }).meta({ id: 'Period' })

export type IsoDate = z.infer<typeof IsoDateSchema>
export type Deadline = z.infer<typeof DeadlineSchema>
export type TimeEventKind = z.infer<typeof TimeEventKindSchema>
export type TimeEvent = z.infer<typeof TimeEventSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type Stage = z.infer<typeof StageSchema>
export type Period = z.infer<typeof PeriodSchema>
