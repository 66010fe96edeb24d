import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Which content folder `.contentlayer` was last built from: the newsroom's
 * content/, or the tests' own site after `npm test`. The content index
 * writes it; `npm run dev` and the unit tests rebuild when it is not theirs.
 */
export const BUILT_FROM = '.contentlayer/built-from.txt'

/** True when `.contentlayer` holds a content build of `contentDir`. */
export function isBuiltFrom(root: string, contentDir: string): boolean {
  const file = path.join(root, BUILT_FROM)
  return (
    existsSync(path.join(root, '.contentlayer', 'post-index.json')) &&
    existsSync(file) &&
    readFileSync(file, 'utf8').trim() === path.normalize(contentDir)
  )
}
