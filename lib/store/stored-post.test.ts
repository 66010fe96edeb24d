import { describe, expect, it } from 'vitest'
import { articlesFromContentBuild } from './from-content-build'
import { storedPost } from './stored-post'

describe('an article read back from the store', () => {
  it('is every article of the content build as lists, feeds and sitemaps read it, after a trip through JSON', async () => {
    const articles = await articlesFromContentBuild('preview')
    expect(articles.length).toBeGreaterThan(0)
    for (const { meta } of articles) {
      const post = storedPost(JSON.parse(JSON.stringify(meta)))
      const notes: unknown = meta.corrections
      const credits: unknown = meta.credits
      expect(Array.isArray(notes)).toBe(true)
      expect(Array.isArray(credits)).toBe(true)
      expect(post).toEqual({
        ...meta,
        // A note's and a credit's own fields; Contentlayer's empty _raw and type are left behind.
        corrections: Array.isArray(notes) ? notes.map(({ date, kind, text }) => ({ date, kind, text })) : [],
        credits: Array.isArray(credits) ? credits.map(({ role, authors }) => ({ role, authors })) : [],
      })
    }
  })

  it('is refused when a row is not of that shape, rather than shown with holes', async () => {
    const [article] = await articlesFromContentBuild('preview')
    const meta = { ...article?.meta }
    expect(storedPost(meta)).toBeDefined()
    expect(storedPost({ ...meta, title: 42 })).toBeUndefined()
    expect(storedPost({ ...meta, category: 7 })).toBeUndefined()
    expect(storedPost({ ...meta, tags: ['Courts', 7] })).toBeUndefined()
    expect(storedPost({ ...meta, authors: 'ada-okoro' })).toBeUndefined()
    expect(storedPost({ ...meta, credits: [{ role: 'Photos by', authors: [7] }] })).toBeUndefined()
    expect(
      storedPost({ ...meta, corrections: [{ date: '2026-01-01', kind: 'retraction', text: 'x' }] }),
    ).toBeUndefined()
    expect(storedPost({ ...meta, _raw: null })).toBeUndefined()
    expect(storedPost('a string')).toBeUndefined()
  })
})
