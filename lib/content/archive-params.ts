/**
 * The URL segments of the date archive: a four-digit year and a two-digit
 * month, so /archive/2016/7 or /archive/16 are not pages.
 */
export function yearParam(segment: string): number {
  return /^\d{4}$/.test(segment) ? Number(segment) : NaN
}

export function monthParam(segment: string): number {
  return /^(0[1-9]|1[0-2])$/.test(segment) ? Number(segment) : NaN
}
