import { z } from 'zod'
import { PositionSchema } from './position.js'

/**
 * An organ (市司法局), a collective (各区, 各有关部门) or a person (刘惠玲),
 * `name` as printed, `canonical` with the jurisdiction prefix expanded and aliases resolved.
 */
export const UnitSchema = z
  .object({
    name: z.string(),
    canonical: z.string().optional(),
    kind: z.enum(['organ', 'collective', 'person']),
    position: PositionSchema,
  })
  .meta({ id: 'Unit' })

export type Unit = z.infer<typeof UnitSchema>
