export type Page<T> = { items: T[]; page: number; totalPages: number }

/** How many pages a list of `total` articles has, or null when `page` (1-based) is not one of them. Page 1 always exists. */
export function pageCount(total: number, page: number, perPage: number): number | null {
  const totalPages = Math.max(1, Math.ceil(total / perPage))
  return Number.isInteger(page) && page >= 1 && page <= totalPages ? totalPages : null
}

/** Page `page` (1-based) of a list held whole, `perPage` at a time, or null when it is no page of it. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> | null {
  const totalPages = pageCount(items.length, page, perPage)
  return totalPages === null ? null : { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages }
}

/** Reads a `/page/<n>` segment: only plain positive integers, so "02" or "1e1" are not pages. */
export function pageNumber(segment: string): number {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : NaN
}
