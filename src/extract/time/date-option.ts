/** Years a reference or document date may have: every date derived from it keeps four digits. */
export const DATE_OPTION_YEARS = { min: 1000, max: 9000 } as const

/**
 * Checks a date option of the public API (`referenceDate`, `documentDate`): absent (undefined or
 * null), an ISO date string `YYYY-MM-DD…`, or a valid Date, with a year from 1000 to 9000. Anything
 * else is a programmer error: a TypeError naming the function and the option, since dates computed
 * from year −5 or 99999 would break the output schema.
 *
 * @example checkDateOption('gongwen.parse', 'referenceDate', '2015-02-05') // ok
 */
export function checkDateOption(caller: string, name: string, value: unknown): void {
  if (value === undefined || value === null) return
  let year: number
  if (typeof value === 'string') {
    const parts = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value)
    const date = parts ? new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))) : null
    if (!parts || !date || date.getUTCMonth() !== Number(parts[2]) - 1 || date.getUTCDate() !== Number(parts[3])) {
      throw new TypeError(`${caller}: ${name} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}`)
    }
    year = Number(parts[1])
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`${caller}: ${name} is an invalid Date`)
    year = value.getFullYear()
  } else {
    throw new TypeError(`${caller}: ${name} must be an ISO date string or a Date, got ${typeof value}`)
  }
  if (year < DATE_OPTION_YEARS.min || year > DATE_OPTION_YEARS.max) {
    throw new TypeError(`${caller}: ${name} must be a date from year ${DATE_OPTION_YEARS.min} to ${DATE_OPTION_YEARS.max}, got year ${year}`)
  }
}

/** `options` of a public function: an object, or undefined/null for none. */
export function optionsObject<T extends object>(caller: string, options: T | null | undefined): T | Record<string, never> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${caller}: options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`)
  return options
}
