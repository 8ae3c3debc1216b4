import { z } from 'zod'
import { PositionSchema } from './position.js'
import { UnitSchema } from './unit.js'
import { DeadlineSchema, MilestoneSchema, TimeEventSchema } from './time.js'

export const RoleKindSchema = z.enum(['lead', 'responsible', 'participant', 'leader', 'assessor'])

/**
 * One assignment: `role` is the normalized kind, `label` the words as printed
 * (牵头单位, 责任单位, 参与单位, 配合, 负责 …), `scope` what part of the task it covers
 * (`食品安全监管由市食安办牵头` → scope 食品安全监管).
 */
export const RoleSchema = z
  .object({
    role: RoleKindSchema,
    label: z.string(),
    units: z.array(UnitSchema),
    scope: z.string().optional(),
    inherited: z.boolean().optional(),
    position: PositionSchema,
  })
  .meta({ id: 'Role' })

/** A clause that carries an assignment or a deadline. `path` is the clause path. */
export const TaskSchema = z
  .object({
    path: z.array(z.string()),
    title: z.string(),
    roles: z.array(RoleSchema),
    deadlines: z.array(DeadlineSchema),
    milestones: z.array(MilestoneSchema).optional(),
    /** Dates the clause reports, not sets (meetings, publications, statistics, 以来): never deadlines. */
    events: z.array(TimeEventSchema).optional(),
    position: PositionSchema,
  })
  .meta({ id: 'Task' })

/** A row of a responsibility table, as `responsibilityTable()` and `gongwen table` give it. */
export const ResponsibilityRowSchema = z
  .object({
    path: z.array(z.string()),
    title: z.string(),
    lead: z.array(z.string()),
    responsible: z.array(z.string()),
    participants: z.array(z.string()),
    leaders: z.array(z.string()),
    assessors: z.array(z.string()).optional(),
    deadlines: z.array(z.string()),
    document: z.string().optional(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'ResponsibilityRow' })

export type RoleKind = z.infer<typeof RoleKindSchema>
export type Role = z.infer<typeof RoleSchema>
export type Task = z.infer<typeof TaskSchema>
export type ResponsibilityRow = z.infer<typeof ResponsibilityRowSchema>
