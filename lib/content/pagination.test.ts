import { describe, expect, it } from 'vitest'
import { pageCount, pageNumber, pageOf } from './pagination'

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

  it('cuts a list held whole into its pages, the last one short, and has none past the end', () => {
    const topics = Array.from({ length: 7 }, (_, i) => `topic ${i}`)
    expect(pageOf(topics, 1, 3)).toEqual({ items: ['topic 0', 'topic 1', 'topic 2'], page: 1, totalPages: 3 })
    expect(pageOf(topics, 3, 3)).toEqual({ items: ['topic 6'], page: 3, totalPages: 3 })
    expect(pageOf(topics, 4, 3)).toBeNull()
    expect(pageOf([], 1, 3)).toEqual({ items: [], page: 1, totalPages: 1 })
  })

  it('reads only plain page numbers from a URL', () => {
    expect(pageNumber('2')).toBe(2)
    for (const odd of ['02', '1e1', '-1', '2.5', 'two', '9999999']) expect(pageNumber(odd)).toBeNaN()
  })
})
