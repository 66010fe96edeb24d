import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, hasTime, isoInZone, latest, parseFrontMatterDate } from './dates'

// The site's zone is America/New_York (lib/site.ts); these hold on a build machine in any zone.
describe('dates in the newsroom’s zone', () => {
  it('reads a front-matter day as midnight in New York, in winter and in summer', () => {
    expect(parseFrontMatterDate('2026-12-01')).toBe('2026-12-01T05:00:00.000Z')
    expect(parseFrontMatterDate('2014-07-31')).toBe('2014-07-31T04:00:00.000Z')
    expect(parseFrontMatterDate('2026-12-01T09:30:00-05:00')).toBe('2026-12-01T14:30:00.000Z')
  })

  it('writes a day as a day, and a minute with its time and zone', () => {
    expect(formatDate('2014-07-31T04:00:00Z')).toBe('July 31, 2014')
    expect(hasTime('2014-07-31T04:00:00Z')).toBe(false)
    expect(formatDateTime('2014-07-31T04:00:00Z')).toBe('July 31, 2014')
    expect(formatDateTime('2026-12-01T14:30:00Z')).toBe('December 1, 2026, 9:30 AM EST')
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('July 1, 2026, 9:05 AM EDT')
  })

  it('gives machines ISO 8601 with the zone’s offset, across the daylight-saving change', () => {
    expect(isoInZone('2026-12-01T14:30:00Z')).toBe('2026-12-01T09:30:00-05:00')
    expect(isoInZone('2026-07-01T13:05:00.000Z')).toBe('2026-07-01T09:05:00-04:00')
    expect(isoInZone('2026-03-08T07:30:00Z')).toBe('2026-03-08T03:30:00-04:00')
  })

  it('picks the latest of several dates, skipping missing ones', () => {
    // 11 p.m. in New York is already the next day in UTC.
    expect(latest(undefined, '2020-01-02T00:00:00Z', '2020-01-01T23:00:00-05:00')).toBe('2020-01-01T23:00:00-05:00')
    expect(latest(undefined)).toBeUndefined()
  })
})
