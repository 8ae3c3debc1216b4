/**
 * Decode: bytes → text with the detected encoding. See {@link decode}.
 * @module
 */
export { decode, incompleteUtf8Tail } from './decode.js'
export type { DecodeDiagnostic, DecodeOptions, DecodeResult, Encoding } from './decode.js'
export { DecodeError } from './errors.js'
export { decodeInput } from './input.js'
export type { DecodedInput } from './input.js'
export type { DecodeErrorCode } from './errors.js'
