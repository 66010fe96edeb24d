import readingTime from 'reading-time'

/** Whole minutes to read an article's body, at least 1: Contentlayer's `readingMinutes` (contentlayer.config.ts). */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(readingTime(body).minutes))
}
