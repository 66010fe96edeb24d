import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { listPageHref, parseListPath } from '@/lib/content/list-routes'
import { getTopicsPage } from '@/lib/content/posts'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { tagUrl } from '@/lib/urls'
import { PaginationNav } from './pagination-nav'

const href = listPageHref({ kind: 'topics' })

type Props<Params> = { params: Promise<Params> }

/**
 * /tags and its later pages, /tags/page/<n>: every topic on an article a reader may see, most used first, a page
 * of them at a time, so the index stays a page a phone can open however many topics the archive has (13,657 at
 * 100,000 articles). `segments` turns the route's params back into its path's segments, read by
 * lib/content/list-routes.ts as proxy.ts reads the path. The later pages are served by the topics' own route
 * (app/tags/[tag]/[[...rest]]), which asks `isTopics` first: a folder of their own (app/tags/page/[page]) would
 * take /tags/page/feed.xml from a topic named "page". proxy.ts answers a page past the end with the 404 page.
 */
export function topicsRoute<Params>(segments: (params: Params) => string[]) {
  /** The index's page the params name: NaN for one that is no page number, null for a path that is not the index's. */
  const pageFrom = async (params: Promise<Params>) => {
    const path = parseListPath(segments(await params))
    return path && path.list.kind === 'topics' ? path.page : null
  }
  return {
    async isTopics(params: Promise<Params>): Promise<boolean> {
      return (await pageFrom(params)) !== null
    },

    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const page = await pageFrom(params)
      if (page === null || Number.isNaN(page)) return {}
      return {
        title: page === 1 ? 'Topics' : `Topics, page ${page}`,
        ...(page === 1 ? { description: `Every topic ${siteConfig.name} covers, the most written about first.` } : {}),
        alternates: alternates(href(page)),
      }
    },

    async Page({ params }: Props<Params>) {
      const page = await pageFrom(params)
      const topics = page === null || Number.isNaN(page) ? null : await getTopicsPage(page)
      if (!topics) notFound()
      return (
        <>
          <h1 className="font-serif text-3xl font-black">Topics{topics.page > 1 ? `, page ${topics.page}` : ''}</h1>
          {topics.items.length === 0 ? (
            <p className="mt-6">No topics yet.</p>
          ) : (
            <ul className="mt-6 flex flex-wrap gap-3">
              {topics.items.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    href={tagUrl(tag.name)}
                    className="inline-block rounded-full bg-stone-200 px-4 py-2 hover:bg-stone-300 dark:bg-stone-800 dark:hover:bg-stone-700"
                  >
                    {tag.name} <span className="text-stone-600 dark:text-stone-300">({tag.count})</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <PaginationNav
            page={topics.page}
            totalPages={topics.totalPages}
            href={href}
            labels={{ previous: 'More used topics', next: 'Less used topics' }}
          />
        </>
      )
    },
  }
}
