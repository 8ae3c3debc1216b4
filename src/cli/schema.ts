import { parseArgs } from 'node:util'
import { toJsonSchema } from '../schema/json-schema.js'
import { EXIT, UsageError } from './input.js'

export const schemaHelp = `gongwen schema
  Prints the JSON Schema (draft 2020-12) of the PolicyDocument output.`

/** `gongwen schema` → exit code. */
export function runSchema(argv: string[], out: NodeJS.WritableStream = process.stdout): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    out.write(schemaHelp + '\n')
    return EXIT.ok
  }
  if (positionals.length) throw new UsageError(`takes no arguments, got ${positionals.join(' ')}`)
  out.write(JSON.stringify(toJsonSchema(), null, 2) + '\n')
  return EXIT.ok
}
