import { rm } from 'node:fs/promises'
import { close, createIndex } from 'pagefind'
import type { ContentEnvironment } from '../content/visibility'
import { codeVersion } from '../build-cache/paths'
import { contentHash, ResultCache } from '../build-cache/result-cache'
import { plainTextBlocks } from '../history/plain-text'
import { isSearchable, searchRecord, type SearchableArticle } from './records'

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/**
 * Writes the Pagefind index of the articles this environment may show to
 * `outputPath` (replacing what was there), reading each body only when it is
 * indexed. Returns how many articles went in. Used by scripts/search-index.ts
 * and by the search benchmark, so both measure the same work.
 */
export async function buildSearchIndex(
  articles: Iterable<Omit<SearchableArticle, 'blocks'> & { file: string }>,
  readBody: (article: { file: string }) => Promise<string>,
  {
    environment,
    now,
    outputPath,
    cacheRoot,
  }: { environment: ContentEnvironment; now: Date; outputPath: string; cacheRoot?: string },
): Promise<number> {
  // Each body's words, by its content: an unchanged article costs a lookup (lib/build-cache).
  const texts = cacheRoot ? new ResultCache(cacheRoot, 'search-text', codeVersion(cacheRoot), isStringArray) : undefined
  const blocksOf = (body: string) =>
    texts ? texts.through(contentHash(body), () => plainTextBlocks(body)) : plainTextBlocks(body)
  const { index, errors } = await createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let count = 0
  try {
    for (const article of articles) {
      if (!isSearchable(article, environment, now)) continue
      const blocks = await blocksOf(await readBody(article))
      const added = await index.addCustomRecord(searchRecord({ ...article, blocks }, now))
      if (added.errors.length > 0) throw new Error(`${article.file}: ${added.errors.join('; ')}`)
      count += 1
    }
    await rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
    texts?.save()
  } finally {
    await close()
  }
  return count
}
