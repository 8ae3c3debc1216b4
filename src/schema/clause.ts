import { z } from 'zod'
import { PositionSchema } from './position.js'
import { TimeEventSchema, type TimeEvent } from './time.js'

/**
 * A numbered (or bulleted) clause of the body, GB/T 9704 style: 一、 › （一） › 1. › （1）,
 * plus 第X章/第X条, 第一阶段, ● headings and 一是/二是 items (run-in or opening a
 * line; each holds its own paragraph).
 *
 * `level` is 1-based depth, decided by the order in which numbering styles first appear in the
 * document. `path` is the markers from the root, e.g. `["二", "（一）", "1"]` (arabic markers
 * without their punctuation). `text` is the clause's own text after the marker, children excluded.
 * `position` spans the marker through the end of the last child. `events` are the dates the
 * clause's own text reports rather than sets (a meeting, a statistic, 以来 …), whether or not the
 * clause is a task.
 */
export interface Clause {
  type: 'clause'
  marker: string
  style: string
  number: number | null
  level: number
  path: string[]
  heading?: string
  text: string
  events?: TimeEvent[]
  children: Clause[]
  position: z.infer<typeof PositionSchema>
}

export const ClauseSchema: z.ZodType<Clause> = z
  .object({
    type: z.literal('clause'),
    marker: z.string(),
    style: z.string(),
    number: z.number().int().nullable(),
    level: z.number().int().min(1),
    path: z.array(z.string()),
    heading: z.string().optional(),
    text: z.string(),
    events: z.array(TimeEventSchema).optional(),
    get children() {
      return z.array(ClauseSchema)
    },
    position: PositionSchema,
  })
  .meta({ id: 'Clause' })
