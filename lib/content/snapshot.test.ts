import { describe, expect, it } from 'vitest'
import { contentSnapshot } from './snapshot'

const post = (slug: string, category: string) => ({
  slug,
  category,
  date: '2016-03-01T12:00:00Z',
  draft: false,
  tags: [],
  authors: ['jane-roe'],
  credits: [],
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

  it('lists an article under each author of its byline and its credits, once each', () => {
    const posts = [
      { ...post('a', 'Tech'), authors: ['ann', 'bo'], credits: [{ role: 'Photos by', authors: ['cy', 'ann'] }] },
      { ...post('b', 'Tech'), authors: ['bo'] },
    ]
    const snapshot = contentSnapshot(posts, 'production', new Date('2026-01-01'), [])
    const byAuthor = (id: string) => snapshot.authorsBySlug.get(id)?.posts.map((p) => p.slug)
    expect(byAuthor('ann')).toEqual(['a'])
    expect(byAuthor('bo')).toEqual(['a', 'b'])
    expect(byAuthor('cy')).toEqual(['a'])
    expect(byAuthor('jane-roe')).toBeUndefined()
  })
})
