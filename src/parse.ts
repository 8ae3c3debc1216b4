import { runPipeline, type ParseOptions } from './pipeline.js'
import type { PolicyDocument } from './schema/document.js'

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
export function parse(input: string | Uint8Array, options: ParseOptions = {}): PolicyDocument {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('gongwen.parse: input must be a string or a Uint8Array')
  }
  return runPipeline(input, options)
}
