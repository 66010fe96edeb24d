import { NextResponse, type NextRequest } from 'next/server'
import articleSlugs from '@/.contentlayer/article-slugs.json'
import { isKnownNotFound } from '@/lib/urls'

// Every article of the build, drafts and scheduled ones included: which of
// them a reader may see is the page's decision, made when it renders.
const articles = new Set<string>(articleSlugs)
const isArticle = (slug: string) => articles.has(slug)

/**
 * Answers with the 404 page, before anything renders, the paths the open web
 * sends all day that no page has: malformed percent-encoding (which Next's
 * own routing answers with a 500) and made-up article slugs. An article path
 * renders on request (older articles are not prerendered), and Next keeps
 * every result, 404s too, so without this a crawler inventing slugs would
 * grow the server's cache by about 90 KB a slug (docs/performance.md).
 */
export function proxy(request: NextRequest) {
  if (isKnownNotFound(request.nextUrl.pathname, isArticle)) {
    // No route has this path, so the rewrite renders the site's not-found page, once, from the build.
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 })
  }
  return NextResponse.next()
}

// Only the routes with a dynamic segment: everything else is static or a file.
export const config = {
  matcher: ['/posts/:path*', '/tags/:path*', '/authors/:path*', '/page/:path*'],
}
