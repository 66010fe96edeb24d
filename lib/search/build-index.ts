import { rm } from 'node:fs/promises'
import { close, createIndex } from 'pagefind'
import type { ContentEnvironment } from '../content/visibility'
import { isSearchable, searchRecord, type SearchableArticle } from './records'

/**
 * Writes the Pagefind index of the articles this environment may show to
 * `outputPath` (replacing what was there), reading each body only when it is
 * indexed. Returns how many articles went in. Used by scripts/search-index.ts
 * and by the search benchmark, so both measure the same work.
 */
export async function buildSearchIndex(
  articles: Iterable<Omit<SearchableArticle, 'body'> & { file: string }>,
  readBody: (article: { file: string }) => Promise<string>,
  { environment, now, outputPath }: { environment: ContentEnvironment; now: Date; outputPath: string },
): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let count = 0
  try {
    for (const article of articles) {
      if (!isSearchable(article, environment, now)) continue
      const added = await index.addCustomRecord(searchRecord({ ...article, body: await readBody(article) }, now))
      if (added.errors.length > 0) throw new Error(`${article.file}: ${added.errors.join('; ')}`)
      count += 1
    }
    await rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  } finally {
    await close()
  }
  return count
}
