import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { listPageHref, parseListPath, type PostListRef } from '@/lib/content/list-routes'
import { getList, getListDetails } from '@/lib/content/lists'
import { alternates } from '@/lib/reach/metadata'
import { AuthorProfileCard } from './author-profile'
import { PostListPage } from './post-list-page'

type Props<Params> = { params: Promise<Params> }

/**
 * What a list's route file exports (app/tags/[tag]/[[...rest]]/page.tsx and its kin). `segments` turns the
 * route's params back into its path's segments, read by lib/content/list-routes.ts as proxy.ts reads the path,
 * so a page and the proxy agree on which lists and pages exist.
 */
export function listRoute<Params>(segments: (params: Params) => string[]) {
  async function read(params: Promise<Params>): Promise<{ list: PostListRef; page: number } | null> {
    const path = parseListPath(segments(await params))
    if (!path || path.feed || Number.isNaN(path.page)) return null
    if (path.list.kind === 'corrections' || path.list.kind === 'topics') return null
    return { list: path.list, page: path.page }
  }

  return {
    // Rendered on first request and kept, not at build: an archive has thousands of lists
    // (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
    // or page this content does not have with the 404 page before anything renders.
    generateStaticParams(): Params[] {
      return []
    },

    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const path = await read(params)
      const details = path && (await getListDetails(path.list))
      if (!path || !details) return {}
      const first = path.page === 1
      return {
        title: first ? details.title : `${details.title}, page ${path.page}`,
        ...(first && details.description !== undefined ? { description: details.description } : {}),
        alternates: alternates(listPageHref(path.list)(path.page), first && details.feed ? [details.feed] : []),
      }
    },

    async Page({ params }: Props<Params>) {
      const path = await read(params)
      const list = path && (await getList(path.list, path.page))
      if (!path || !list) notFound()
      return (
        <PostListPage
          heading={list.heading}
          intro={list.profile ? <AuthorProfileCard author={list.profile} /> : list.intro}
          itemsHeading={list.profile ? `Articles by ${list.profile.name}` : undefined}
          page={list.page}
          href={listPageHref(path.list)}
        />
      )
    },
  }
}
