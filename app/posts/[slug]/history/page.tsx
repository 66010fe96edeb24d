import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { VersionChanges } from '@/components/version-changes'
import { correctionLabels, versionLabel } from '@/lib/content/corrections'
import { getArticleHistory, getPost } from '@/lib/content/posts'
import { formatDateTime } from '@/lib/dates'
import { alternates } from '@/lib/reach/metadata'
import { historyPath } from '@/lib/urls'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request and kept, like older articles: a build need not
// render a history page for every article it has.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug)
  if (!post) return {}
  return {
    title: `History: ${post.title}`,
    description: `Every published version of “${post.title}”, and what changed in each.`,
    alternates: alternates(historyPath(post.url)),
    // The article is the page to index; this one is its record.
    robots: { index: false, follow: true },
  }
}

export default async function HistoryPage({ params }: Props) {
  const post = await getPost((await params).slug)
  if (!post) notFound()
  const history = await getArticleHistory(post)
  const versions = history?.versions ?? []

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={post.url} className="underline hover:no-underline">
            Back to the article
          </Link>
        </p>
        <h1 className="font-serif text-3xl leading-tight font-black">History of “{post.title}”</h1>
        <p className="text-stone-700 dark:text-stone-200">
          Every version readers have seen since the article was published, newest first, with the words that changed:
          removed words are struck through, added ones underlined.
        </p>
        {history && !history.complete ? (
          <p
            role="note"
            className="rounded-md bg-amber-100 px-4 py-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          >
            This copy of the site was built from part of our archive’s history, so it lists versions from{' '}
            {formatDateTime(versions.at(-1)?.date ?? post.date)} on. Earlier versions exist in the archive but are not
            shown here.
          </p>
        ) : null}
      </header>
      {versions.length === 0 ? (
        <p>This build has no recorded versions of the article.</p>
      ) : (
        <ol className="space-y-10">
          {versions.map((version, i) => {
            const older = versions[i + 1]
            return (
              <li key={version.commit} className="space-y-3">
                <h2 className="font-serif text-xl font-bold">
                  <time dateTime={version.date}>{formatDateTime(version.date)}</time>
                  {i === 0 ? ' (current version)' : ''}
                </h2>
                <p className="text-sm text-stone-600 dark:text-stone-300">
                  {versionLabel(version, older === undefined && history?.complete === true)}
                </p>
                {version.notes.map((note) => (
                  <p
                    key={`${note.kind}:${note.date}:${note.text}`}
                    className="border-l-4 border-stone-700 pl-3 dark:border-stone-300"
                  >
                    <strong>{correctionLabels[note.kind]}:</strong> {note.text}
                  </p>
                ))}
                {older ? (
                  <VersionChanges older={older} newer={version} />
                ) : (
                  <p>{history?.complete ? 'First version.' : 'Oldest version in this build.'}</p>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </article>
  )
}
