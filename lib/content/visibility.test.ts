import { describe, expect, it } from 'vitest'
import { articleGate, articleSlugs, contentEnvironment, isPublished, isVisible } from './visibility'

const now = new Date('2026-11-28T12:00:00Z')
const published = { draft: false, date: '2014-07-31T00:00:00.000Z' }
const draft = { draft: true, date: '2014-07-31T00:00:00.000Z' }
const scheduled = { draft: false, date: '2026-12-01T00:00:00.000Z' }

describe('contentEnvironment', () => {
  it('is what the build was made for, whatever VERCEL_ENV says at run time', () => {
    expect(contentEnvironment({ CONTENT_ENV: 'production', VERCEL_ENV: 'preview' })).toBe('production')
    expect(contentEnvironment({ CONTENT_ENV: 'development' })).toBe('development')
  })

  it('follows VERCEL_ENV outside a Next build, and is production otherwise', () => {
    expect(contentEnvironment({ VERCEL_ENV: 'preview' })).toBe('preview')
    expect(contentEnvironment({ CONTENT_ENV: 'staging', VERCEL_ENV: 'production' })).toBe('production')
    expect(contentEnvironment({})).toBe('production')
  })
})

describe('isVisible', () => {
  it('shows only published articles in production', () => {
    expect(isVisible(published, 'production', now)).toBe(true)
    expect(isVisible(draft, 'production', now)).toBe(false)
    expect(isVisible(scheduled, 'production', now)).toBe(false)
  })

  it('shows drafts and scheduled articles on previews and in development', () => {
    for (const environment of ['preview', 'development'] as const) {
      expect(isVisible(draft, environment, now)).toBe(true)
      expect(isVisible(scheduled, environment, now)).toBe(true)
    }
  })

  it('publishes a scheduled article once its date has come', () => {
    expect(isPublished(scheduled, new Date('2026-12-01T00:00:00Z'))).toBe(true)
  })
})

describe('articleGate', () => {
  const posts = [
    { slug: 'live', draft: false, date: '2026-01-01T09:00:00Z' },
    { slug: 'later', draft: false, date: '2026-12-01T14:30:00.000Z' },
    { slug: 'secret', draft: true, date: '2025-01-01' },
  ]
  const slugs = articleSlugs(posts, Date.parse('2026-06-01T00:00:00Z'))

  it('sorts the build’s articles into published, scheduled with their time, and drafts', () => {
    expect(slugs).toEqual({ live: ['live'], scheduled: [['later', '2026-12-01T14:30:00.000Z']], drafts: ['secret'] })
  })

  it('in production, a draft or a scheduled article before its minute is no article, like a made-up slug', () => {
    const isArticle = articleGate(slugs, 'production')
    const before = Date.parse('2026-12-01T14:29:00Z')
    expect(['live', 'later', 'secret', 'made-up'].map((slug) => isArticle(slug, before))).toEqual([true, false, false, false])
    expect(isArticle('later', Date.parse('2026-12-01T14:30:00Z'))).toBe(true)
  })

  it('on previews every article of the build exists', () => {
    const isArticle = articleGate(slugs, 'preview')
    expect(['live', 'later', 'secret', 'made-up'].map((slug) => isArticle(slug, 0))).toEqual([true, true, true, false])
  })
})
