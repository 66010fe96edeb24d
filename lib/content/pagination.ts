export type Page<T> = { items: T[]; page: number; totalPages: number }

/** How many pages a list of `total` articles has, or null when `page` (1-based) is not one of them. Page 1 always exists. */
export function pageCount(total: number, page: number, perPage: number): number | null {
  const totalPages = Math.max(1, Math.ceil(total / perPage))
  return Number.isInteger(page) && page >= 1 && page <= totalPages ? totalPages : null
}

/** Reads a `/page/<n>` segment: only plain positive integers, so "02" or "1e1" are not pages. */
export function pageNumber(segment: string): number {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : NaN
}
