import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AffiliateNotice } from '@/components/affiliate-notice'
import { ArticleFigure } from '@/components/article-figure'
import { CorrectionNotes } from '@/components/correction-notes'
import { DraftBanner } from '@/components/draft-banner'
import { FollowUs } from '@/components/follow-us'
import { MdxContent } from '@/components/mdx-content'
import { PostMeta } from '@/components/post-meta'
import { RelatedPosts } from '@/components/related-posts'
import { SectionLabel } from '@/components/section-label'
import { ShareLinks } from '@/components/share-links'
import { articleJsonLd, articleMetadata, jsonLdScript } from '@/lib/reach/metadata'
import { getArticleBody, getPost, getPrerenderedPosts, isUnpublished } from '@/lib/content/posts'
import { notesAbove, notesBelow } from '@/lib/content/corrections'
import { absoluteUrl, tagUrl } from '@/lib/urls'

type Props = { params: Promise<{ slug: string }> }

// The newest articles are prerendered; older ones render on first request and
// stay cached. A slug that is no visible article is a 404 either way.
export async function generateStaticParams() {
  return (await getPrerenderedPosts()).map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug)
  if (!post) return {}
  return {
    ...articleMetadata(post),
    // Drafts and scheduled articles exist only on previews and in development.
    // (Only set when needed: a `robots` key here replaces the layout's.)
    ...(isUnpublished(post) ? { robots: { index: false, follow: false } } : {}),
  }
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug)
  if (!post) notFound()
  const body = await getArticleBody(post)

  return (
    <article className="space-y-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(articleJsonLd(post)) }} />
      {isUnpublished(post) ? <DraftBanner post={post} /> : null}
      <header className="space-y-3">
        <SectionLabel name={post.category} />
        <h1 className="font-serif text-3xl leading-tight font-black sm:text-4xl">{post.title}</h1>
        <p className="text-lg text-stone-700 dark:text-stone-200">{post.summary}</p>
        <PostMeta post={post} byline />
      </header>
      {post.image ? (
        <ArticleFigure
          src={post.image}
          alt={post.imageAlt ?? ''}
          caption={post.imageCaption}
          credit={post.imageCredit}
          priority
        />
      ) : null}
      <CorrectionNotes post={post} notes={notesAbove(post)} label="Corrections" />
      {post.affiliate ? <AffiliateNotice /> : null}
      <div className="prose prose-lg max-w-none font-serif prose-stone dark:prose-invert prose-a:text-red-800 dark:prose-a:text-red-300">
        <MdxContent code={body.code} />
      </div>
      <CorrectionNotes post={post} notes={notesBelow(post)} label="Updates" />
      {post.tags.length > 0 ? (
        <ul aria-label="Tags" className="flex flex-wrap gap-2">
          {post.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={tagUrl(tag)}
                className="inline-block rounded-full bg-stone-200 px-3 py-1 text-sm hover:bg-stone-300 dark:bg-stone-800 dark:hover:bg-stone-700"
              >
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ShareLinks url={absoluteUrl(post.canonical ?? post.url)} title={post.title} />
      <FollowUs className="rounded-lg bg-stone-100 p-5 dark:bg-stone-900" />
      <RelatedPosts post={post} />
    </article>
  )
}
