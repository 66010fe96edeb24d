import { describe, expect, it } from 'vitest'
import { pageCount, pageNumber } from './pagination'

describe('pageCount', () => {
  it('counts the pages of a list of a given size, when the page asked for is one of them', () => {
    expect(pageCount(23, 1, 10)).toBe(3)
    expect(pageCount(23, 3, 10)).toBe(3)
    expect(pageCount(20, 2, 10)).toBe(2)
  })

  it('has no page past the end or before the start, but always a first page', () => {
    expect(pageCount(23, 4, 10)).toBeNull()
    expect(pageCount(23, 0, 10)).toBeNull()
    expect(pageCount(23, 1.5, 10)).toBeNull()
    expect(pageCount(0, 1, 10)).toBe(1)
    expect(pageCount(0, 2, 10)).toBeNull()
  })

  it('reads only plain page numbers from a URL', () => {
    expect(pageNumber('2')).toBe(2)
    for (const odd of ['02', '1e1', '-1', '2.5', 'two', '9999999']) expect(pageNumber(odd)).toBeNaN()
  })
})
