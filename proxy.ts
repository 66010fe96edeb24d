import { NextResponse, type NextRequest } from 'next/server'
import { findRedirect } from '@/lib/content/redirects'
import { isMissingListPage, isMissingSitemap } from '@/lib/content/list-pages'
import { proxyTables } from '@/lib/content/proxy-tables'
import { URLS_PER_SITEMAP } from '@/lib/reach/sitemap-files'
import { contentEnvironment } from '@/lib/content/visibility'
import { siteConfig } from '@/lib/site'
import { isKnownNotFound } from '@/lib/urls'

const environment = contentEnvironment()

/** The methods the site answers: it is read-only. */
const ALLOWED = 'GET, HEAD, OPTIONS'

/**
 * Answers, before anything renders, old addresses with a redirect to their new
 * home (lib/content/redirects.ts), and the requests the open web sends all day
 * that no page has: methods other than GET and HEAD (a 405, where Next would
 * answer some with a 500), malformed percent-encoding anywhere (which Next's
 * own routing answers with a 500), made-up article slugs, drafts and
 * scheduled articles, and lists, pages and sitemap files this content does not have. Those
 * get the site's 404 page with its text in the HTML (a page's own notFound()
 * on a path rendered on request sends an empty document that only JavaScript
 * fills: vercel/next.js#95613), rendered for that request and kept by no
 * server cache. Without this, a crawler inventing slugs would also grow the
 * server's cache by about 90 KB a slug (docs/performance.md).
 */
export async function proxy(request: NextRequest) {
  const { method } = request
  if (method === 'OPTIONS') return new NextResponse(null, { status: 204, headers: { Allow: ALLOWED } })
  if (method !== 'GET' && method !== 'HEAD') {
    return new NextResponse('Method not allowed\n', { status: 405, headers: { Allow: ALLOWED } })
  }
  const { pathname, search } = request.nextUrl
  // Which articles, lists and old addresses this content has (lib/content/proxy-tables.ts). Null only while a
  // database build's server has not been able to read them: paths then go on to their pages, which answer for
  // themselves (a 503 while the database is down).
  const tables = await proxyTables()
  // An old address (an imported site's, or one an editor listed) goes to its new home in one step.
  const moved = tables && findRedirect(tables.redirects, pathname, search)
  if (moved) return NextResponse.redirect(new URL(moved, request.url), 301)
  // Next's own trailing-slash redirect is off (next.config.js) so that an old address ending in / is
  // looked up above first; every other path ending in / goes to the same path without it, as Next would.
  if (pathname.length > 1 && pathname.endsWith('/')) {
    // A plain URL: NextURL writes a path back with the slash its own trailing-slash setting gives it.
    const url = new URL(request.url)
    url.pathname = pathname.replace(/\/+$/, '') || '/'
    return NextResponse.redirect(url, 308)
  }
  // In development every save can add an article, and the dev server does not run this again when the
  // tables change: the page answers for itself there, as it does for every path while the tables are not read.
  const isArticle = (slug: string) => environment === 'development' || !tables || tables.isArticle(slug, Date.now())
  const missing =
    isKnownNotFound(pathname, isArticle) ||
    (environment !== 'development' &&
      tables !== null &&
      (isMissingListPage(pathname, tables.lists, {
        environment,
        now: Date.now(),
        perPage: siteConfig.postsPerPage,
        perCorrectionsPage: siteConfig.correctionsPerPage,
        perTopicsPage: siteConfig.topicsPerPage,
      }) ||
        isMissingSitemap(pathname, tables.lists, { environment, now: Date.now(), perFile: URLS_PER_SITEMAP })))
  if (missing) {
    // No route has this path, so the rewrite renders the site's not-found page for this request,
    // `no-store`: a scheduled article's slug is a page the minute it goes live, at any CDN too.
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 })
  }
  return NextResponse.next()
}

// Every path but Next's own hashed build files: methods and encodings are checked everywhere.
export const config = {
  matcher: ['/((?!_next/static/).*)'],
}
