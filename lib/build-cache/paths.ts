import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { filesUnder } from './files'

/**
 * Where the content build keeps its work between builds. Vercel restores
 * `.next/cache` before every build and saves it after, and `next build`
 * empties `.next` but keeps `cache/`, so this is the place a production
 * deploy finds the previous deploy's results.
 */
export function cacheDir(root: string): string {
  return path.join(root, '.next', 'cache', 'news-ledge')
}

/** The code whose change must make every cached result cold: the build's libraries, scripts, config and dependencies. */
const codeRoots = ['lib', 'scripts', 'contentlayer.config.ts', 'package.json', 'package-lock.json']

function codeFiles(root: string, roots: readonly string[]): string[] {
  return roots.flatMap((entry) => {
    const full = path.join(root, entry)
    if (!existsSync(full)) return []
    if (!/\.[a-z]+$/.test(entry)) {
      return filesUnder(full)
        .filter((file) => /\.(ts|tsx|json|sql)$/.test(file) && !/\.test\.tsx?$/.test(file))
        .map((file) => path.join(full, file))
    }
    return [full]
  })
}

const versions = new Map<string, string>()

/**
 * A hash of the code that produces the cached results (everything under lib/
 * and scripts/ but tests, the Contentlayer config, the dependency lock, the
 * Node version). Coarser than each step's own imports, on purpose: a missed
 * dependency would serve stale results, an extra one only costs one cold
 * build after a code change. Pages and components are not in it, so the
 * usual deploy (content, or a page's look) stays warm. `roots` narrows it
 * for a step that knows its code (lib/store/pipeline.ts).
 */
export function codeVersion(root: string, roots: readonly string[] = codeRoots): string {
  const key = `${root}\0${roots.join('\0')}`
  const known = versions.get(key)
  if (known) return known
  const hash = createHash('sha256').update(process.version)
  for (const file of codeFiles(root, roots))
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file))
  const version = hash.digest('hex').slice(0, 16)
  versions.set(key, version)
  return version
}
