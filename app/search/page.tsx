import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'
import { SearchForm } from '@/components/search-form'
import { SearchResults } from '@/components/search-results'
import { StoredSearchResults } from '@/components/stored-search-results'
import { getSections, getTags, searchesOnServer } from '@/lib/content/posts'
import { readQuery } from '@/lib/search/query'
import { contentEnvironment } from '@/lib/content/visibility'
import { alternates } from '@/lib/reach/metadata'
import { readCommonWords } from '@/lib/search/index-dir'
import { earlyStartScript } from '@/lib/search/pagefind-client'
import { siteConfig } from '@/lib/site'
import { archivePath, searchPath, sectionPath } from '@/lib/urls'

export const metadata: Metadata = {
  title: 'Search',
  description: `Search every ${siteConfig.name} article.`,
  alternates: alternates(searchPath),
}

/** Topics in the search form's list. */
const MAX_TOPICS = 60

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The URL's query as the browser would read it: the first value of each name. */
async function urlQuery(searchParams: Props['searchParams']): Promise<URLSearchParams> {
  const entries = Object.entries(await searchParams).flatMap(([name, value]) => {
    const first = Array.isArray(value) ? value[0] : value
    return first === undefined ? [] : [[name, first]]
  })
  return new URLSearchParams(entries)
}

// With the files' store the page is static: the query is read in the browser, which runs the search
// against the index chunks it needs (app/pagefind), and only this page loads search code. With
// PostgreSQL the server answers (lib/content/posts.ts searchPosts): each search is rendered with its
// results in the HTML, and the page loads no search code at all.
export default async function SearchPage({ searchParams }: Props) {
  const sections = (await getSections()).map(({ slug, name }) => ({ slug, name }))
  // The topics readers can narrow to: those on more than one article, the most used first, as many as a
  // list to choose from can hold (a large archive has thousands; a tag page lists any one of them).
  const tags = (await getTags())
    .filter((tag) => tag.count > 1)
    .slice(0, MAX_TOPICS)
    .map(({ name }) => name)
  if (searchesOnServer()) {
    const params = await urlQuery(searchParams)
    const page = /^[1-9]\d{0,5}$/.test(params.get('page') ?? '') ? Number(params.get('page')) : 1
    const query = readQuery(params)
    return (
      <div className="space-y-6">
        <h1 className="font-serif text-3xl font-black">Search</h1>
        <StoredSearchResults
          action={searchPath}
          sections={sections}
          // A search narrowed to a topic outside the list still shows it as chosen.
          tags={query.tag && !tags.includes(query.tag) ? [...tags, query.tag] : tags}
          query={query}
          page={page}
        />
      </div>
    )
  }
  // Read when the page is built, after the index (npm run build runs search-index first).
  const commonWords = readCommonWords(contentEnvironment())
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-black">Search</h1>
      <noscript>
        <p className="rounded-md bg-stone-100 px-4 py-3 dark:bg-stone-900">
          Search needs JavaScript, which is turned off in this browser. You can still browse every article by section (
          {sections.map((section, i) => (
            <span key={section.slug}>
              {i > 0 ? ', ' : ''}
              <Link href={sectionPath(section.slug)} className="underline">
                {section.name}
              </Link>
            </span>
          ))}
          ) or in the{' '}
          <Link href={archivePath} className="underline">
            archive by date
          </Link>
          .
        </p>
      </noscript>
      <script dangerouslySetInnerHTML={{ __html: earlyStartScript }} />
      {/* Results arrive after the page has painted: the space they fill is held from the start, so nothing below jumps. */}
      <div className="min-h-svh space-y-6">
        <Suspense fallback={<SearchForm action={searchPath} sections={sections} tags={tags} />}>
          <SearchResults
            action={searchPath}
            sections={sections}
            tags={tags}
            commonWords={commonWords}
            perPage={siteConfig.searchResultsPerPage}
          />
        </Suspense>
      </div>
    </div>
  )
}
