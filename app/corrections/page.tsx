import type { Metadata } from 'next'
import Link from 'next/link'
import { correctionLabels, noteAnchor } from '@/lib/content/corrections'
import { getCorrections } from '@/lib/content/posts'
import { formatDateTime } from '@/lib/dates'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { correctionsFeedPath, correctionsPath } from '@/lib/urls'

export const metadata: Metadata = {
  title: 'Corrections',
  description: `Every correction, clarification and update to ${siteConfig.name} articles, newest first.`,
  alternates: alternates(correctionsPath, [
    { url: correctionsFeedPath, title: `${siteConfig.name}: corrections (RSS)` },
  ]),
}

export default async function CorrectionsPage() {
  const corrections = await getCorrections()
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-black">Corrections</h1>
        <p className="text-stone-700 dark:text-stone-200">
          When we get something wrong, we fix it and say so on the article. Every correction, clarification and update
          is listed here, newest first. Each article’s history shows exactly what changed.{' '}
          <Link href={correctionsFeedPath} className="underline hover:no-underline">
            Follow corrections by RSS
          </Link>
          .
        </p>
      </header>
      {corrections.length === 0 ? (
        <p>No corrections yet.</p>
      ) : (
        <ol className="divide-y divide-stone-200 dark:divide-stone-700">
          {corrections.map(({ post, note }) => (
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
    </div>
  )
}
