// Regenerates schema/policy-document.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs'
import { toJsonSchema } from '../src/schema/json-schema.js'

writeFileSync(new URL('../schema/policy-document.schema.json', import.meta.url), JSON.stringify(toJsonSchema(), null, 2) + '\n')
