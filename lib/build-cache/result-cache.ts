import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from './files'
import { cacheDir } from './paths'

export const contentHash = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex')

type Stored = { version: string; checksum: string; entries: string }

function isStored(value: unknown): value is Stored {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    typeof value.version === 'string' &&
    'checksum' in value &&
    typeof value.checksum === 'string' &&
    'entries' in value &&
    typeof value.entries === 'string'
  )
}

/**
 * Per-article results of one build step, kept between builds under
 * `.next/cache/news-ledge/<name>.json` and keyed by a hash of the article's
 * file: an unchanged article costs a lookup. Results are stored as text with
 * a checksum, and a file from other code (another `version`), a truncated or
 * garbled file, or an entry that fails `isValue` is ignored: a bad cache can
 * only cost time, never change what the build writes. Saving keeps only the
 * entries this build used, so the cache follows the archive.
 */
export class ResultCache<T> {
  readonly file: string
  hits = 0
  misses = 0
  private readonly stored = new Map<string, unknown>()
  private readonly used = new Map<string, T>()

  constructor(
    root: string,
    name: string,
    private readonly version: string,
    private readonly isValue: (value: unknown) => value is T,
  ) {
    this.file = path.join(cacheDir(root), `${name}.json`)
    try {
      const stored: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      if (isStored(stored) && stored.version === version && contentHash(stored.entries) === stored.checksum) {
        const entries: unknown = JSON.parse(stored.entries)
        if (typeof entries === 'object' && entries !== null) {
          for (const [key, value] of Object.entries(entries)) this.stored.set(key, value)
        }
      }
    } catch {
      // No cache yet, or one that cannot be read: a cold build.
    }
  }

  /** The cached result for this key, or undefined. */
  get(key: string): T | undefined {
    const value = this.used.get(key) ?? this.stored.get(key)
    if (value === undefined || !this.isValue(value)) {
      this.misses += 1
      return undefined
    }
    this.hits += 1
    this.used.set(key, value)
    return value
  }

  set(key: string, value: T): void {
    this.used.set(key, value)
  }

  /** The cached result, or `compute()`'s, which is kept for the next build. */
  async through(key: string, compute: () => Promise<T> | T): Promise<T> {
    const cached = this.get(key)
    if (cached !== undefined) return cached
    const value = await compute()
    this.set(key, value)
    return value
  }

  /** Writes the entries this build used (atomically: a build killed mid-write leaves the old file). */
  save(): void {
    const entries = JSON.stringify(Object.fromEntries(this.used))
    const stored: Stored = { version: this.version, checksum: contentHash(entries), entries }
    mkdirSync(path.dirname(this.file), { recursive: true })
    writeFileAtomic(this.file, JSON.stringify(stored))
  }
}
