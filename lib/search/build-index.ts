import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { close, createIndex } from 'pagefind'
import type { ContentEnvironment } from '../content/visibility'
import { codeVersion } from '../build-cache/paths'
import { contentHash, ResultCache } from '../build-cache/result-cache'
import { plainTextBlocks } from '../history/plain-text'
import { isStringArray } from '../utils'
import { documentFrequencies } from './common-words'
import { commonWordsFile } from './index-dir'
import { isSearchable, searchRecord, type SearchableArticle } from './records'

/**
 * Writes the Pagefind index of the articles this environment may show to
 * `outputPath` (replacing what was there), reading each body only when it is
 * indexed, with the list of its very common words beside it
 * (lib/search/common-words.ts). Returns how many articles went in. Used by scripts/search-index.ts
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
  const frequencies = documentFrequencies()
  let count = 0
  try {
    for (const article of articles) {
      if (!isSearchable(article, environment, now)) continue
      const blocks = await blocksOf(await readBody(article))
      const record = searchRecord({ ...article, blocks }, now)
      frequencies.add(record.content)
      const added = await index.addCustomRecord(record)
      if (added.errors.length > 0) throw new Error(`${article.file}: ${added.errors.join('; ')}`)
      count += 1
    }
    await rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
    await writeFile(path.join(outputPath, commonWordsFile), `${JSON.stringify(frequencies.common())}\n`)
    texts?.save()
  } finally {
    await close()
  }
  return count
}
