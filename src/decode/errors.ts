/** Why bytes could not be turned into text. */
export type DecodeErrorCode = 'empty' | 'binary' | 'invalid-encoding' | 'too-large'

/**
 * Thrown by {@link decode} when the bytes are not a text document at all. Recoverable damage
 * (a truncated last character, a few bad bytes) is reported as a diagnostic instead.
 *
 * @example
 * try { decode(bytes) } catch (e) { if (e instanceof DecodeError) console.log(e.code, e.offset) }
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
    /** Byte offset of the first offending byte, where one is known. */
    readonly offset?: number,
  ) {
    super(message)
  }
}
