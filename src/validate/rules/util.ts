import type { Position } from '../../schema/position.js'
import { unitKey } from '../registry.js'
import type { Finding, TaskRef, UnitRef } from '../types.js'

/** The units that answer for a task: its 牵头 units, else its 负责/责任 units. */
export function leadUnits(task: TaskRef): UnitRef[] {
  const lead = task.roles.filter((r) => r.role === 'lead').flatMap((r) => r.units)
  return lead.length > 0 ? lead : task.roles.filter((r) => r.role === 'responsible').flatMap((r) => r.units)
}

/** Key that identifies a unit across roles: its canonical name when known. */
export function unitId(u: UnitRef): string {
  return unitKey(u.canonical ?? u.name)
}

/** `二/（一）/3 「依法行政考核项目」`, or the table row when the task has no path. */
export function describeTask(task: TaskRef): string {
  const where = task.path.length > 0 ? task.path.join('/') : task.row !== undefined ? `row ${task.row}` : ''
  const title = task.title ? `「${shorten(task.title)}」` : ''
  return ['task', where, title].filter(Boolean).join(' ')
}

/** One line, at most `max` characters. */
export function shorten(s: string, max = 40): string {
  const line = s.replace(/\s+/g, ' ').trim()
  return line.length > max ? line.slice(0, max - 1) + '…' : line
}

/** The table fields of a finding about a task (row, column) and its clause path. */
export function taskFields(task: TaskRef, column?: string): Pick<Finding, 'row' | 'column' | 'path'> {
  return {
    ...(task.row !== undefined ? { row: task.row } : {}),
    ...(task.row !== undefined && column ? { column } : {}),
    ...(task.path.length > 0 ? { path: task.path } : {}),
  }
}

/** `{ position }` when known, else nothing (keeps findings free of `position: undefined`). */
export function at(position: Position | undefined): { position?: Position } {
  return position ? { position } : {}
}
