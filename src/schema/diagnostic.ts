import { z } from 'zod'
import { PositionSchema } from './position.js'

/**
 * Everything the parser repaired, removed, inferred or could not read.
 * `code` is a stable kebab-case identifier (see README, "Diagnostics").
 */
export const DiagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'Diagnostic' })

export type Diagnostic = z.infer<typeof DiagnosticSchema>
