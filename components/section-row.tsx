import Link from 'next/link'
import type { Post } from '@/lib/content/posts'
import { sectionPath } from '@/lib/urls'
import { PostMeta } from './post-meta'
import { StoryHeadline } from './story-headline'

type SectionRowProps = { section: { slug: string; name: string }; posts: readonly Post[] }

/** A section's newest stories on the front page, under its name, which leads to the section. */
export function SectionRow({ section, posts }: SectionRowProps) {
  const id = `section-${section.slug}`
  return (
    <section aria-labelledby={id} className="border-t border-stone-200 pt-6 dark:border-stone-700">
      <h2 id={id} className="font-serif text-2xl font-black">
        <Link href={sectionPath(section.slug)} className="hover:underline">
          {section.name}
        </Link>
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug} className="space-y-1">
            <StoryHeadline post={post} level={3} className="text-lg leading-snug" />
            <PostMeta post={post} />
          </li>
        ))}
      </ul>
    </section>
  )
}
