import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getHomePage } from '@/lib/content/lists'
import { homePageHref } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { laterPages, pageNumber } from '@/lib/content/pagination'
import { getEventualIndex } from '@/lib/content/posts'
import { siteConfig } from '@/lib/site'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return laterPages(getEventualIndex().visible.length, siteConfig.postsPerPage).map((page) => ({ page: String(page) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page)
  return { title: `Latest news, page ${page}`, alternates: alternates(homePageHref(page)) }
}

export default async function HomeArchivePage({ params }: Props) {
  const page = getHomePage(pageNumber((await params).page))
  if (!page) notFound()
  return <PostListPage heading={`${siteConfig.name}: latest news`} page={page} href={homePageHref} />
}
