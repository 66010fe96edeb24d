import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getAuthorPage } from '@/lib/content/lists'
import { authorPageHref } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { pageNumber } from '@/lib/content/pagination'
import { getAuthor } from '@/lib/content/posts'

type Props = { params: Promise<{ author: string; page: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author: slug, page } = await params
  const author = await getAuthor(slug)
  if (!author) return {}
  return {
    title: `${author.name}, page ${page}`,
    alternates: alternates(authorPageHref(author.slug)(pageNumber(page))),
  }
}

export default async function AuthorArchivePage({ params }: Props) {
  const { author, page } = await params
  const result = await getAuthorPage(author, pageNumber(page))
  if (!result) notFound()
  return <PostListPage heading={result.author.name} page={result.page} href={authorPageHref(result.author.slug)} />
}
