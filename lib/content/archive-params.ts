import { pageNumber } from './pagination'

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

/** The year, month (when given) and page number of an archive path, or null when any of them is not one. */
export function archiveParams(segments: { year: string; month?: string; page?: string }) {
  const year = yearParam(segments.year)
  const month = segments.month === undefined ? undefined : monthParam(segments.month)
  const page = segments.page === undefined ? 1 : pageNumber(segments.page)
  if ([year, month ?? 1, page].some(Number.isNaN)) return null
  return { year, month, page }
}
