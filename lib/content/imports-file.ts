import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * What each import (npm run import) recorded, in content/imports/<name>.json,
 * committed with the articles it wrote: which file each source post became
 * and what was written there (so a second run updates what changed in the
 * export and leaves alone what an editor edited since), and the old site's
 * URLs with their new homes, which the content build gives proxy.ts.
 */

export const IMPORTS_DIR = 'imports'

export type ImportManifest = {
  source: 'wordpress' | 'ghost'
  /** The old site's address. */
  site: string
  importedAt: string
  /** By source id (wp:123): the file written, relative to the content folder, and its text's SHA-256. */
  files: Record<string, { file: string; sha256: string }>
  /** [old path or query key, new path], sorted by old (lib/content/redirects.ts). */
  redirects: [string, string][]
}

function isManifest(value: unknown): value is ImportManifest {
  if (typeof value !== 'object' || value === null) return false
  if (!('source' in value && 'site' in value && 'files' in value && 'redirects' in value)) return false
  const { source, site, files, redirects } = value
  return (
    (source === 'wordpress' || source === 'ghost') &&
    typeof site === 'string' &&
    typeof files === 'object' &&
    files !== null &&
    Array.isArray(redirects) &&
    redirects.every(
      (pair: unknown) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'),
    )
  )
}

/** The manifest at `file` (under the project), or null when there is none; throws, naming the file, on one that is not a manifest. */
export function readImportManifest(root: string, file: string): ImportManifest | null {
  const full = path.join(root, file)
  if (!existsSync(full)) return null
  let value: unknown
  try {
    value = JSON.parse(readFileSync(full, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}). It is written by npm run import; run it again rather than editing it.`)
  }
  if (!isManifest(value)) {
    throw new Error(`${file}: not an import record (source, site, files, redirects). It is written by npm run import; run it again rather than editing it.`)
  }
  return value
}

/** Every import's manifest under the content folder, by file (relative to the project). */
export function readImportManifests(root: string, contentDir: string): { file: string; manifest: ImportManifest }[] {
  const dir = path.join(root, contentDir, IMPORTS_DIR)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = path.join(contentDir, IMPORTS_DIR, name)
      const manifest = readImportManifest(root, file)
      return manifest ? [{ file, manifest }] : []
    })
}
