import { describe, expect, it } from 'vitest'
import { contentSnapshot } from './snapshot'

const post = (slug: string, category: string) => ({
  slug,
  category,
  date: '2016-03-01T12:00:00Z',
  draft: false,
  tags: [],
  author: 'Jane Roe',
})

describe('contentSnapshot', () => {
  it('lists sections in the order content/sections.yml gives, at the slug it gives, and none for a category it lacks', () => {
    const posts = [post('a', 'Tech'), post('b', 'Science & Health'), post('c', 'Sport'), post('d', 'Tech')]
    const sections = [
      { name: 'Science & Health', slug: 'science', description: 'Research.' },
      { name: 'Policy', slug: 'policy', description: 'Courts.' },
      { name: 'Tech', slug: 'tech', description: 'Gadgets.' },
    ]
    const snapshot = contentSnapshot(posts, 'production', new Date('2026-01-01'), sections)
    expect(snapshot.sections.map(({ slug, name, posts }) => [slug, name, posts.map((p) => p.slug)])).toEqual([
      ['science', 'Science & Health', ['b']],
      ['tech', 'Tech', ['a', 'd']],
    ])
  })
})
