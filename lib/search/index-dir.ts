import path from 'node:path'

/**
 * Where a build's search index lives: one folder per environment, so a
 * preview build's index (drafts included) is never served by a production
 * server in the same checkout, and the other way round.
 */
export function searchIndexDir(environment: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.search', environment)
}
