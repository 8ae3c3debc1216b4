import { parseWithProcessor, type ParseOptions } from './pipeline.js'
import type { PolicyDocument } from './schema/document.js'
import { checkDateOption, optionsObject } from './extract/time/date-option.js'

export type { ParseOptions }

/**
 * Parses one policy document (text, or bytes in UTF-8 / UTF-16 / GB18030) into a PolicyDocument.
 * Never throws on bad text: what it repaired, removed or could not read is in `diagnostics`.
 *
 * @example
 * import { parse } from 'gongwen'
 * const doc = parse(readFileSync('notice.txt'))
 * doc.meta.docNumber?.normalized // '深办发〔2013〕3号'
 * doc.documents[0].clauses[3].children[0].path // ['四', '（一）', '1']
 */
export function parse(input: string | Uint8Array, options?: ParseOptions | null): PolicyDocument {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
    throw new TypeError(`gongwen.parse: input must be a string or a Uint8Array (Buffer), got ${got}`)
  }
  return parseWithProcessor(input, checkOptions(options))
}

const SCRIPTS = ['auto', 'keep', 'simplified']
const FORMATS = ['text', 'markdown', 'html']

/** Options as the pipeline takes them: null is none; a wrong type or value is a TypeError. */
function checkOptions(options: ParseOptions | null | undefined): ParseOptions {
  const o: ParseOptions = optionsObject('gongwen.parse', options)
  const fail = (name: string, allowed: string[], value: unknown) => {
    throw new TypeError(`gongwen.parse: ${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
  }
  if (o.script !== undefined && !SCRIPTS.includes(o.script)) fail('script', SCRIPTS, o.script)
  if (o.format !== undefined && !FORMATS.includes(o.format)) fail('format', FORMATS, o.format)
  if (o.path !== undefined && typeof o.path !== 'string') throw new TypeError(`gongwen.parse: path must be a string, got ${typeof o.path}`)
  checkDateOption('gongwen.parse', 'referenceDate', o.referenceDate)
  return o
}
