import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/post-list'
import { alternates } from '@/lib/metadata'
import { getAuthors } from '@/lib/posts'

type Props = { params: Promise<{ author: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }))
}

function findAuthor(slug: string) {
  return getAuthors().find((author) => author.slug === slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = findAuthor((await params).author)
  if (!author) return {}
  return {
    title: author.name,
    description: `Articles by ${author.name}.`,
    alternates: alternates(`/authors/${author.slug}`),
  }
}

export default async function AuthorPage({ params }: Props) {
  const author = findAuthor((await params).author)
  if (!author) notFound()
  return (
    <>
      <h1 className="font-serif text-3xl font-black">{author.name}</h1>
      <PostList posts={author.posts} />
    </>
  )
}
