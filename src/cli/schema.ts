import { toJsonSchema } from '../schema/json-schema.js'

export const schemaHelp = `gongwen schema
  Prints the JSON Schema (draft 2020-12) of the PolicyDocument output.`

export function runSchema(_argv: string[], out: NodeJS.WritableStream = process.stdout): number {
  out.write(JSON.stringify(toJsonSchema(), null, 2) + '\n')
  return 0
}
