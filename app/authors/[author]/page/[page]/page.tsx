import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getAuthorPage } from '@/lib/content/lists'
import { authorPageHref } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { laterPages, pageNumber } from '@/lib/content/pagination'
import { getAuthor, getEventualIndex } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'

type Props = { params: Promise<{ author: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getEventualIndex().authors.flatMap((author) =>
    laterPages(author.posts.length, siteConfig.postsPerPage).map((page) => ({
      author: author.slug,
      page: String(page),
    })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author: slug, page } = await params
  const author = getAuthor(slug)
  if (!author) return {}
  return {
    title: `${author.name}, page ${page}`,
    alternates: alternates(authorPageHref(author.slug)(pageNumber(page))),
  }
}

export default async function AuthorArchivePage({ params }: Props) {
  const { author, page } = await params
  const result = getAuthorPage(author, pageNumber(page))
  if (!result) notFound()
  return <PostListPage heading={result.author.name} page={result.page} href={authorPageHref(result.author.slug)} />
}
