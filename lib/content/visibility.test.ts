import { describe, expect, it } from 'vitest'
import { contentEnvironment, isPublished, isVisible, parseSchedule } from './visibility'

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

describe('parseSchedule', () => {
  it('reads the go-live time of each scheduled article, ignoring anything malformed', () => {
    const schedule = parseSchedule([
      ['later', '2026-12-01T14:30:00.000Z'],
      ['bad-time', 'soon'],
      [42, '2026-12-01T14:30:00.000Z'],
      'stray',
    ])
    expect([...schedule]).toEqual([['later', Date.parse('2026-12-01T14:30:00.000Z')]])
    expect(parseSchedule({}).size).toBe(0)
  })
})
