import { siteConfig } from './site'

/**
 * How the site writes times. Articles are dated in front matter either as a
 * day (2014-07-31, which Contentlayer reads as midnight in the site's time
 * zone) or to the minute with an offset (2026-12-01T09:30:00-05:00); both
 * arrive here as UTC instants. Every date a reader sees is written in the
 * site's time zone (lib/site.ts), so a build machine's zone plays no part.
 */

const { timeZone, locale } = siteConfig

const dayFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone })
const timeFormat = new Intl.DateTimeFormat(locale, {
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
  timeZone,
})
const partsFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone,
})

/** The calendar fields of an instant in the site's time zone. */
function zonedParts(date: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]))
  return {
    year: parts.year ?? '0000',
    month: parts.month ?? '01',
    day: parts.day ?? '01',
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
    second: parts.second ?? '00',
  }
}

/** Year and month (1–12) of an instant in the site's zone: which archive month an article is in. */
export function zonedYearMonth(iso: string): { year: number; month: number } {
  const { year, month } = zonedParts(new Date(iso))
  return { year: Number(year), month: Number(month) }
}

const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
/** "July" for 7. */
export function monthName(month: number): string {
  return monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)))
}

/** True when an article was dated to the minute, not just to the day (midnight in the site's zone). */
export function hasTime(iso: string): boolean {
  const { hour, minute, second } = zonedParts(new Date(iso))
  return `${hour}${minute}${second}` !== '000000'
}

/** "July 31, 2014". */
export function formatDate(iso: string): string {
  return dayFormat.format(new Date(iso))
}

/** "2:15 PM EST": the time of day in the site's zone. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso))
}

/** "December 1, 2026, 9:30 AM EST" for an article dated to the minute, "July 31, 2014" for one dated to the day. */
export function formatDateTime(iso: string): string {
  return hasTime(iso) ? `${formatDate(iso)}, ${timeFormat.format(new Date(iso))}` : formatDate(iso)
}

/** Minutes the site's zone is ahead of UTC at an instant (-300 for New York in winter). */
function zoneOffsetMinutes(date: Date): number {
  const { year, month, day, hour, minute, second } = zonedParts(date)
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  return Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
}

/**
 * A front-matter date as an instant, read as Contentlayer reads it (see
 * contentlayer.config.ts): a day is midnight in the site's zone, a date-time
 * carries its offset. For code that reads front matter itself (git history).
 */
export function parseFrontMatterDate(text: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!day) return new Date(text).toISOString()
  const utcMidnight = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
  return new Date(utcMidnight - zoneOffsetMinutes(new Date(utcMidnight)) * 60_000).toISOString()
}

/** ISO 8601 with the site zone's offset, 2026-12-01T09:30:00-05:00, as news sitemaps and JSON-LD expect. */
export function isoInZone(iso: string): string {
  const date = new Date(iso)
  const { year, month, day, hour, minute, second } = zonedParts(date)
  const offsetMinutes = zoneOffsetMinutes(date)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`
}

/** The later of two ISO instants (either may be missing). */
export function latest(...dates: (string | undefined)[]): string | undefined {
  return dates.reduce<string | undefined>(
    (best, date) => (date && (!best || Date.parse(date) > Date.parse(best)) ? date : best),
    undefined,
  )
}
