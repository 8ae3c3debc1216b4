import { z } from 'zod'

/**
 * A place in the original input, as in unist: `line` and `column` are 1-based,
 * `offset` is a 0-based index into the decoded input string (UTF-16 code units),
 * so `input.slice(start.offset, end.offset)` gives back the text a node came from.
 */
export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .meta({ id: 'Point' })

export const PositionSchema = z.object({ start: PointSchema, end: PointSchema }).meta({ id: 'Position', description: 'Span in the original input (end is exclusive).' })

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
