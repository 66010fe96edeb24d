import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { notFound } from 'next/navigation'
import { getSitePage } from '@/lib/content/posts'
import { sitePagePath, type SitePageSlug } from '@/lib/content/site-pages'
import { formatDate } from '@/lib/dates'
import { alternates } from '@/lib/reach/metadata'
import { MdxContent } from './mdx-content'

/**
 * What the route of one of the site's own pages exports (app/about/page.tsx and its kin): the page editors
 * wrote in content/pages/<slug>.mdx, or the 404 page where they wrote none; `after`, what the page shows
 * below their text (the masthead's people).
 */
export function sitePageRoute(slug: SitePageSlug, after?: () => ReactNode) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const page = getSitePage(slug)
      if (!page) return {}
      return { title: page.title, description: page.description, alternates: alternates(sitePagePath(slug)) }
    },

    async Page() {
      const page = getSitePage(slug)
      if (!page) notFound()
      return (
        <article className="space-y-6">
          <header className="space-y-2">
            <h1 className="font-serif text-3xl leading-tight font-black sm:text-4xl">{page.title}</h1>
            {page.updated ? (
              <p className="text-sm text-stone-600 dark:text-stone-300">
                Last updated <time dateTime={page.updated}>{formatDate(page.updated)}</time>
              </p>
            ) : null}
          </header>
          <div className="prose prose-lg max-w-none font-serif prose-stone dark:prose-invert prose-a:text-red-800 dark:prose-a:text-red-300">
            <MdxContent code={page.code} />
          </div>
          {after?.()}
        </article>
      )
    },
  }
}
