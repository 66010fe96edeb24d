import type { Metadata } from 'next'
import Link from 'next/link'
import { alternates } from '@/lib/reach/metadata'
import { getTags } from '@/lib/content/posts'
import { tagUrl } from '@/lib/urls'

export const metadata: Metadata = { title: 'Topics', alternates: alternates('/tags') }

export default async function TagsPage() {
  return (
    <>
      <h1 className="font-serif text-3xl font-black">Topics</h1>
      <ul className="mt-6 flex flex-wrap gap-3">
        {(await getTags()).map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tagUrl(tag.name)}
              className="inline-block rounded-full bg-stone-200 px-4 py-2 hover:bg-stone-300 dark:bg-stone-800 dark:hover:bg-stone-700"
            >
              {tag.name} <span className="text-stone-600 dark:text-stone-300">({tag.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
