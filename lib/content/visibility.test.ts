import { describe, expect, it } from 'vitest'
import { contentEnvironment, isPublished, isVisible } from './visibility'

const now = new Date('2026-11-28T12:00:00Z')
const published = { draft: false, date: '2014-07-31T00:00:00.000Z' }
const draft = { draft: true, date: '2014-07-31T00:00:00.000Z' }
const scheduled = { draft: false, date: '2026-12-01T00:00:00.000Z' }

describe('contentEnvironment', () => {
  it('follows VERCEL_ENV when Vercel sets it', () => {
    expect(contentEnvironment({ VERCEL_ENV: 'preview', NODE_ENV: 'production' })).toBe('preview')
    expect(contentEnvironment({ VERCEL_ENV: 'production' })).toBe('production')
  })

  it('treats next dev as development and any other local run as production', () => {
    expect(contentEnvironment({ NODE_ENV: 'development' })).toBe('development')
    expect(contentEnvironment({ NODE_ENV: 'production' })).toBe('production')
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
