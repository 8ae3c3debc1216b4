import { z } from 'zod'
import { PolicyDocumentSchema } from './document.js'

/** The published JSON Schema (draft 2020-12) of PolicyDocument, generated from the zod schema. */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicyDocumentSchema, { target: 'draft-2020-12', cycles: 'ref' }) as Record<string, unknown>
  return { $id: 'https://unpkg.com/gongwen/schema/policy-document.schema.json', ...schema }
}
