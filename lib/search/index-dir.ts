import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isStringArray } from '../utils'

/**
 * Where a build's search index lives: one folder per environment, so a
 * preview build's index (drafts included) is never served by a production
 * server in the same checkout, and the other way round.
 */
export function searchIndexDir(environment: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.search', environment)
}

/** Beside the index: its very common words (lib/search/common-words.ts), a JSON array. */
export const commonWordsFile = 'common-words.json'

/** The very common words of this environment's index; none before the index is built (a first `npm run dev`). */
export function readCommonWords(environment: string): string[] {
  try {
    const words: unknown = JSON.parse(readFileSync(path.join(searchIndexDir(environment), commonWordsFile), 'utf8'))
    return isStringArray(words) ? words : []
  } catch {
    return []
  }
}
