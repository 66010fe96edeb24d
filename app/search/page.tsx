import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'
import { SearchForm } from '@/components/search-form'
import { SearchResults } from '@/components/search-results'
import { getSections, getTags } from '@/lib/content/posts'
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

// Static: the query is read in the browser, which runs the search against
// the index chunks it needs (app/pagefind). Only this page loads search code.
export default function SearchPage() {
  // Read when the page is built, after the index (npm run build runs search-index first).
  const commonWords = readCommonWords(contentEnvironment())
  const sections = getSections().map(({ slug, name }) => ({ slug, name }))
  // The topics readers can narrow to: those on more than one article, most used first.
  const tags = getTags()
    .filter((tag) => tag.count > 1)
    .map(({ name }) => name)
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
          <SearchResults action={searchPath} sections={sections} tags={tags} commonWords={commonWords} />
        </Suspense>
      </div>
    </div>
  )
}
