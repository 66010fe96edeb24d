import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/post-list-page'
import { getAuthorPage } from '@/lib/content/lists'
import { authorPageHref, authorPath } from '@/lib/urls'
import { alternates } from '@/lib/reach/metadata'
import { getAuthor } from '@/lib/content/posts'

type Props = { params: Promise<{ author: string }> }

// Rendered on first request and kept, not at build: an archive has thousands
// of these (docs/performance.md#building-the-archive-without-a-database). proxy.ts answers a list
// or page this content does not have with the 404 page before anything renders.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).author)
  if (!author) return {}
  return {
    title: author.name,
    description: `Articles by ${author.name}.`,
    alternates: alternates(authorPath(author.slug)),
  }
}

export default async function AuthorPage({ params }: Props) {
  const result = await getAuthorPage((await params).author, 1)
  if (!result) notFound()
  return <PostListPage heading={result.author.name} page={result.page} href={authorPageHref(result.author.slug)} />
}
