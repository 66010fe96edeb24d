import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { correctionLabels, noteAnchor } from '@/lib/content/corrections'
import { listPageHref, parseListPath } from '@/lib/content/list-routes'
import { getCorrectionsPage } from '@/lib/content/posts'
import { formatDateTime } from '@/lib/dates'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { correctionsFeedPath } from '@/lib/urls'
import { PaginationNav } from './pagination-nav'

const corrections = { kind: 'corrections' } as const
const href = listPageHref(corrections)

/** The page number a later page's `[page]` segment names (lib/content/list-routes.ts), NaN when it names none. */
const pageOf = (segment: string) => {
  const path = parseListPath(['corrections', 'page', segment])
  return path && path.list.kind === 'corrections' ? path.page : NaN
}

/**
 * /corrections and its later pages, /corrections/page/<n> (app/corrections/page.tsx and
 * app/corrections/page/[page]/page.tsx): every correction, clarification and update, newest first, a page
 * of them at a time, whatever the archive's size. proxy.ts answers a page past the end with the 404 page.
 */
export function correctionsRoute(segment: (params: { page?: string }) => string | undefined) {
  const pageFrom = async (params: Promise<{ page?: string }>) => {
    const later = segment(await params)
    return later === undefined ? 1 : pageOf(later)
  }
  return {
    async generateMetadata({ params }: { params: Promise<{ page?: string }> }): Promise<Metadata> {
      const page = await pageFrom(params)
      return {
        title: page === 1 ? 'Corrections' : `Corrections, page ${page}`,
        ...(page === 1
          ? { description: `Every correction, clarification and update to ${siteConfig.name} articles, newest first.` }
          : {}),
        alternates: alternates(href(page), [
          { url: correctionsFeedPath, title: `${siteConfig.name}: corrections (RSS)` },
        ]),
      }
    },

    async Page({ params }: { params: Promise<{ page?: string }> }) {
      const page = await pageFrom(params)
      const notes = Number.isNaN(page) ? null : await getCorrectionsPage(page)
      if (!notes) notFound()
      return (
        <div className="space-y-6">
          <header className="space-y-2">
            <h1 className="font-serif text-3xl font-black">Corrections{page > 1 ? `, page ${page}` : ''}</h1>
            <p className="text-stone-700 dark:text-stone-200">
              When we get something wrong, we fix it and say so on the article. Every correction, clarification and
              update is listed here, newest first. Each article’s history shows exactly what changed.{' '}
              <Link href={correctionsFeedPath} className="underline hover:no-underline">
                Follow corrections by RSS
              </Link>
              .
            </p>
          </header>
          {notes.items.length === 0 ? (
            <p>No corrections yet.</p>
          ) : (
            <ol className="divide-y divide-stone-200 dark:divide-stone-700">
              {notes.items.map(({ post, note }) => (
                <li key={`${post.slug}:${noteAnchor(post, note)}`} className="space-y-1 py-4">
                  <p className="text-sm text-stone-600 dark:text-stone-300">
                    <strong className="text-stone-900 dark:text-stone-100">{correctionLabels[note.kind]}</strong>,{' '}
                    <time dateTime={note.date}>{formatDateTime(note.date)}</time>
                  </p>
                  <h2 className="font-serif text-xl font-bold">
                    <Link href={`${post.url}#${noteAnchor(post, note)}`} className="hover:underline">
                      {post.title}
                    </Link>
                  </h2>
                  <p>{note.text}</p>
                </li>
              ))}
            </ol>
          )}
          <PaginationNav page={notes.page} totalPages={notes.totalPages} href={href} />
        </div>
      )
    },
  }
}
