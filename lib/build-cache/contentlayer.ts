import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  type Stats,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { filesUnder, writeFileAtomic } from './files'
import { cacheDir, codeVersion } from './paths'
import { contentHash } from './result-cache'

/**
 * Contentlayer keeps every compiled article in `.contentlayer/.cache` and
 * reuses one when the file's modification time is the one it compiled. Two
 * things stop that from helping a deploy: `.contentlayer` is not kept between
 * Vercel builds, and a fresh checkout gives every file a new modification
 * time. So the content build keeps a copy of Contentlayer's cache in
 * `.next/cache` with each article's content hash and the time it was
 * compiled at, and before the next build gives every article whose content
 * is unchanged that time back: Contentlayer's own cache then hits for
 * exactly the unchanged articles. An article whose text changed keeps (or
 * gets) a time Contentlayer has not seen, and is compiled again.
 */

type Manifest = {
  version: string
  /** Each article's content hash and the file time Contentlayer compiled it at. */
  files: Record<string, [hash: string, mtimeMs: number]>
  /** Each kept file of Contentlayer's cache and its hash, so a damaged copy is never used. */
  kept: Record<string, string>
}

const contentlayerCache = (root: string) => path.join(root, '.contentlayer', '.cache')
const kept = (root: string) => path.join(cacheDir(root), 'contentlayer')
const manifestFile = (root: string) => path.join(kept(root), 'manifest.json')

function isManifest(value: unknown): value is Manifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    typeof value.version === 'string' &&
    'files' in value &&
    typeof value.files === 'object' &&
    value.files !== null &&
    'kept' in value &&
    typeof value.kept === 'object' &&
    value.kept !== null
  )
}

function readManifest(root: string): Manifest | null {
  try {
    const value: unknown = JSON.parse(readFileSync(manifestFile(root), 'utf8'))
    return isManifest(value) ? value : null
  } catch {
    return null
  }
}

/**
 * A file's time as Contentlayer keys its cache: `mtime.getTime()`, whole
 * milliseconds as Node rounds them (not `Math.trunc(mtimeMs)`, which is a
 * millisecond off for half the files).
 */
const compiledAt = (stat: Stats) => stat.mtime.getTime()

/** Articles by path from the content directory, as Contentlayer names them (posts/foo.mdx). */
// Contentlayer's documents: the articles (contentlayer.config.ts reads content/posts only; content/pages are the
// content build's own).
const articleFiles = (contentPath: string) =>
  filesUnder(contentPath).filter((file) => file.startsWith('posts/') && file.endsWith('.mdx'))

/**
 * Before Contentlayer's build (scripts/contentlayer-build.ts): brings back the kept cache and the compile
 * times of unchanged articles. Returns how many articles Contentlayer can reuse.
 */
export function restoreContentlayerCache(root: string, contentDir: string): number {
  const manifest = readManifest(root)
  const intact =
    manifest !== null &&
    manifest.version === codeVersion(root) &&
    Object.entries(manifest.kept).every(([file, hash]) => {
      const copy = path.join(kept(root), file)
      return existsSync(copy) && contentHash(readFileSync(copy)) === hash
    })
  if (!manifest || !intact) {
    // Other code compiled what is there, a copy is damaged, or nothing is kept: start cold rather than trust it.
    rmSync(contentlayerCache(root), { recursive: true, force: true })
    return 0
  }
  for (const file of Object.keys(manifest.kept)) {
    const target = path.join(contentlayerCache(root), file)
    if (!existsSync(target)) {
      mkdirSync(path.dirname(target), { recursive: true })
      copyFileSync(path.join(kept(root), file), target)
    }
  }
  const contentPath = path.join(root, contentDir)
  let reusable = 0
  for (const relative of articleFiles(contentPath)) {
    const file = path.join(contentPath, relative)
    const entry = manifest.files[relative]
    if (!entry) continue
    const [hash, mtimeMs] = entry
    const stat = statSync(file)
    if (contentHash(readFileSync(file)) === hash) {
      if (compiledAt(stat) !== mtimeMs) utimesSync(file, stat.atime, new Date(mtimeMs))
      reusable += 1
    } else if (compiledAt(stat) === mtimeMs) {
      // New text at the very time of the old: move it on, so Contentlayer compiles it.
      utimesSync(file, stat.atime, new Date(mtimeMs + 1000))
    }
  }
  return reusable
}

/** After a successful Contentlayer build: keeps its cache and each article's content hash and time. */
export function saveContentlayerCache(root: string, contentDir: string): void {
  const contentPath = path.join(root, contentDir)
  const files: Manifest['files'] = {}
  for (const relative of articleFiles(contentPath)) {
    const file = path.join(contentPath, relative)
    files[relative] = [contentHash(readFileSync(file)), compiledAt(statSync(file))]
  }
  rmSync(kept(root), { recursive: true, force: true })
  const keptFiles: Manifest['kept'] = {}
  for (const file of filesUnder(contentlayerCache(root))) {
    const target = path.join(kept(root), file)
    mkdirSync(path.dirname(target), { recursive: true })
    // Read once: the bytes kept are the bytes hashed.
    const bytes = readFileSync(path.join(contentlayerCache(root), file))
    writeFileSync(target, bytes)
    keptFiles[file] = contentHash(bytes)
  }
  const manifest: Manifest = { version: codeVersion(root), files, kept: keptFiles }
  mkdirSync(kept(root), { recursive: true })
  // Written last: a build stopped before this leaves no manifest, so the next one starts cold.
  writeFileAtomic(manifestFile(root), JSON.stringify(manifest))
}
