import { describe, expect, it } from 'vitest'
import { recentChange } from './corrections'

const story = { date: '2026-11-30T09:00:00Z', corrections: [] }

describe('recentChange', () => {
  it('is the time of a change in the day before now, from `updated` or the newest note', () => {
    const now = new Date('2026-11-30T20:00:00Z')
    expect(recentChange({ ...story, updated: '2026-11-30T19:15:00Z' }, now)).toBe('2026-11-30T19:15:00Z')
    const noted = { ...story, corrections: [{ date: '2026-11-30T14:15:00Z', kind: 'update' as const, text: 'More.' }] }
    expect(recentChange(noted, now)).toBe('2026-11-30T14:15:00Z')
  })

  it('is nothing for an unchanged story, a change older than a day, or one not yet made', () => {
    const now = new Date('2026-12-02T09:00:00Z')
    expect(recentChange(story, now)).toBeUndefined()
    expect(recentChange({ ...story, updated: '2026-12-01T08:59:59Z' }, now)).toBeUndefined()
    expect(recentChange({ ...story, updated: '2026-12-02T09:30:00Z' }, now)).toBeUndefined()
    expect(recentChange({ ...story, updated: '2026-12-01T09:00:00Z' }, now)).toBe('2026-12-01T09:00:00Z')
  })
})
