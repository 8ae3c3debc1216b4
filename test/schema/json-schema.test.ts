import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toJsonSchema } from '../../src/index.js'

describe('published JSON Schema', () => {
  it('schema/policy-document.schema.json is the one the zod schema generates (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/policy-document.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(toJsonSchema())
  })

  it('keeps the public field names of the JSON contract', () => {
    const s = toJsonSchema() as { $defs: Record<string, { properties: Record<string, unknown> }> }
    const props = (id: string) => Object.keys(s.$defs[id].properties)
    expect(props('PolicyDocument')).toEqual(expect.arrayContaining(['meta', 'addressees', 'references', 'attachments', 'clauses', 'documents', 'diagnostics', 'source', 'tasks', 'stages']))
    expect(props('Meta')).toEqual(expect.arrayContaining(['title', 'docType', 'issuers', 'docNumber', 'signedDate', 'publishedDate', 'effectiveDate', 'level', 'status', 'subject']))
    expect(props('DocNumber')).toEqual(expect.arrayContaining(['raw', 'normalized', 'issuerCode', 'year', 'serial']))
    expect(props('Clause')).toEqual(expect.arrayContaining(['marker', 'level', 'path', 'heading', 'text', 'children', 'position']))
    expect(props('Diagnostic')).toEqual(expect.arrayContaining(['severity', 'code', 'message', 'position']))
    expect(props('Source')).toEqual(expect.arrayContaining(['encoding', 'script', 'sha256', 'length']))
  })
})
