/**
 * `gongwen/unified`: the pipeline as a unified processor and its plugins, for tools that add a
 * step of their own; plus the decode stage and the format adapters, which map every character of
 * their output back to an offset in the input (`MappedText`).
 *
 * @example
 * import { createProcessor } from 'gongwen/unified'
 * const file = createProcessor().processSync('关于做好工作的通知\n\n一、年内完成清理工作。')
 * (file.result as PolicyDocument).meta.title // '关于做好工作的通知'
 * @packageDocumentation
 */
export { createProcessor, gongwenParse, gongwenStructure, gongwenEmit, gongwenExtract, type ParseOptions } from '../pipeline.js'
export { decode, DecodeError, type DecodeResult, type DecodeOptions, type DecodeErrorCode, type Encoding } from '../decode/index.js'
export { markdownToText, htmlToText, toPlainText, type InputFormat, type FormatNote } from '../formats/index.js'
export { SourceText } from '../text/source.js'
export { MappedText } from '../text/mapped.js'
