import { describe, expect, it } from 'vitest'
import { pageNumber, paginate } from './pagination'

const items = Array.from({ length: 23 }, (_, i) => i)

describe('paginate', () => {
  it('cuts a list into pages of the given size', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, totalPages: 3 })
    expect(paginate(items, 3, 10)?.items).toEqual([20, 21, 22])
  })

  it('has no page past the end or before the start, but always a first page', () => {
    expect(paginate(items, 4, 10)).toBeNull()
    expect(paginate(items, 0, 10)).toBeNull()
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 })
  })

  it('reads only plain page numbers from a URL', () => {
    expect(pageNumber('2')).toBe(2)
    for (const odd of ['02', '1e1', '-1', '2.5', 'two', '9999999']) expect(pageNumber(odd)).toBeNaN()
  })
})
