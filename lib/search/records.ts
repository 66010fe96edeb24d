import { isPublished, isVisible, type ContentEnvironment } from '../content/visibility'
import { formatDate } from '../dates'

/**
 * What the search index holds for an article: every word a reader can
 * search for (headline, summary, body, tags, byline), and what a result
 * shows (headline, section, date) and filters or sorts on (section, tags,
 * date). Built from the content itself, so articles that are not
 * prerendered are found too.
 */
export type SearchableArticle = {
  url: string
  title: string
  summary: string
  category: string
  tags: readonly string[]
  author: string
  date: string
  draft: boolean
  /** The body as a reader sees it, a paragraph each (lib/history/plain-text.ts). */
  blocks: readonly string[]
  /** A small variant of the lead image, for the result's thumbnail. */
  thumbnail?: string
}

export type SearchRecord = {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

/** Whether an article belongs in this environment's index: the pages' own rule, at build time. */
export function isSearchable(article: Omit<SearchableArticle, 'blocks'>, environment: ContentEnvironment, now: Date) {
  return isVisible(article, environment, now)
}

export function searchRecord(article: SearchableArticle, now: Date): SearchRecord {
  const unpublished = !isPublished(article, now)
  return {
    url: article.url,
    content: [article.title, article.summary, ...article.blocks, article.tags.join(', '), article.author].join('\n'),
    language: 'en',
    meta: {
      title: article.title,
      section: article.category,
      date: formatDate(article.date),
      datetime: article.date,
      ...(article.thumbnail ? { image: article.thumbnail } : {}),
      ...(unpublished ? { unpublished: article.draft ? 'Draft' : 'Scheduled' } : {}),
    },
    filters: { section: [article.category], tag: [...article.tags] },
    // ISO instants sort as text.
    sort: { date: new Date(article.date).toISOString() },
  }
}
