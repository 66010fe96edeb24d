import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ArticleHistory } from '../history/build'

/**
 * An article's committed versions, written at build time from git by
 * scripts/content-index.ts (a deploy has no git to ask), read by its history page.
 */
export type { ArticleHistory, ArticleVersion } from '../history/build'

export function historyFile(slug: string): string {
  // Shipped to the history route by outputFileTracingIncludes (next.config.js).
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'history', `${slug}.json`)
}

export const isHistory = (value: unknown): value is ArticleHistory =>
  typeof value === 'object' &&
  value !== null &&
  'versions' in value &&
  Array.isArray(value.versions) &&
  'complete' in value &&
  typeof value.complete === 'boolean'

/** The article's history, or null when the build had no git history for it. */
export async function readHistory(slug: string): Promise<ArticleHistory | null> {
  const text = await readFile(/* turbopackIgnore: true */ historyFile(slug), 'utf8').catch(() => null)
  if (text === null) return null
  const value: unknown = JSON.parse(text)
  if (!isHistory(value)) throw new Error(`${historyFile(slug)} is not an article history; run \`npm run content\` again`)
  return value
}
