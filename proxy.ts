import { NextResponse, type NextRequest } from 'next/server'
import articleSlugs from '@/.contentlayer/article-slugs.json'
import schedule from '@/.contentlayer/scheduled.json'
import lists from '@/.contentlayer/list-pages.json'
import { isMissingListPage } from '@/lib/content/list-pages'
import { contentEnvironment, parseSchedule } from '@/lib/content/visibility'
import { isKnownNotFound } from '@/lib/urls'

// Every article of the build, drafts and scheduled ones included: which of
// them a reader may see is otherwise the page's decision, made when it renders.
const articles = new Set<string>(articleSlugs)
// In production a scheduled article's paths answer 404 here until its time,
// so nothing renders, or is cached, for them before it: Next keeps a 404
// from its social-card route for good, which would hide the card after the
// article went live (docs/editing.md).
const environment = contentEnvironment()
const goLive = environment === 'production' ? parseSchedule(schedule) : new Map<string, number>()
// Under `next dev` every save can add an article, and the dev server does not
// reload this file when the list changes; the page answers for itself there.
const isArticle = (slug: string) =>
  environment === 'development' || (articles.has(slug) && (goLive.get(slug) ?? 0) <= Date.now())

/**
 * Answers with the 404 page, before anything renders, the paths the open web
 * sends all day that no page has: malformed percent-encoding (which Next's
 * own routing answers with a 500), made-up article slugs, and articles
 * scheduled for later. An article path
 * renders on request (older articles are not prerendered), and Next keeps
 * every result, 404s too, so without this a crawler inventing slugs would
 * grow the server's cache by about 90 KB a slug (docs/performance.md).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // Lists and their later pages render on first request too (docs/performance.md#building-the-archive);
  // a list or page this content does not have is stopped here for the same reason.
  const missing =
    isKnownNotFound(pathname, isArticle) || (environment !== 'development' && isMissingListPage(pathname, lists))
  if (missing) {
    // No route has this path, so the rewrite renders the site's not-found page, once, from the build.
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 })
  }
  return NextResponse.next()
}

// Only the routes with a dynamic segment: everything else is static or a file.
export const config = {
  matcher: ['/posts/:path*', '/tags/:path*', '/authors/:path*', '/page/:path*', '/sections/:path*', '/archive/:path*'],
}
