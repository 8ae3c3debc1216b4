import { z } from 'zod'
import { PositionSchema } from './position.js'

/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ id: 'IsoDate' })

/**
 * A time expression of a policy document, resolved.
 * - `due`: a deadline, `date` is the last day that still meets it (`2015年6月底前` → 2015-06-30)
 * - `start`: work begins then (`2015年1月启动`), `date`/`start` is the first day
 * - `range`: a period with `start` and `end` (`2014—2015年`, `十三五期间`, `2015年上半年`)
 * - `recurring`: repeats every year (`每年2月底前`), `start` is when it begins if printed
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
    precision: z.enum(['day', 'xun', 'month', 'quarter', 'half', 'year', 'plan-period', 'none']),
    inferred: z
      .object({
        year: z.enum(['item', 'plan', 'document', 'reference']).optional(),
        note: z.string().optional(),
      })
      .optional(),
    recurrence: z
      .object({ every: z.enum(['year', 'half', 'quarter', 'month']), month: z.number().int().optional(), day: z.number().int().optional() })
      .optional(),
    position: PositionSchema,
  })
  .meta({ id: 'Deadline' })

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

export const PeriodSchema = z
  .object({ start: IsoDateSchema.nullable(), end: IsoDateSchema.nullable(), raw: z.string(), position: PositionSchema.optional() })
  .meta({ id: 'Period' })

export type IsoDate = z.infer<typeof IsoDateSchema>
export type Deadline = z.infer<typeof DeadlineSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type Stage = z.infer<typeof StageSchema>
export type Period = z.infer<typeof PeriodSchema>
