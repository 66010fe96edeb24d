import Link from 'next/link'
import { correctionLabels, noteAnchor, type CorrectionNote } from '@/lib/content/corrections'
import { formatDateTime } from '@/lib/dates'
import { correctionsPath } from '@/lib/urls'
import { getSitePage } from '@/lib/content/posts'
import { sitePagePath } from '@/lib/content/site-pages'
import { cn } from '@/lib/utils'

type CorrectionNotesProps = {
  post: { date: string; corrections: readonly CorrectionNote[] }
  notes: readonly CorrectionNote[]
  label: string
  className?: string
}

/** Corrections, clarifications or updates on an article, each with its kind and date; nothing when there are none. */
export function CorrectionNotes({ post, notes, label, className }: CorrectionNotesProps) {
  if (notes.length === 0) return null
  return (
    <aside
      aria-label={label}
      className={cn(
        'space-y-2 rounded-md border-l-4 border-stone-700 bg-stone-100 px-4 py-3 text-sm dark:border-stone-300 dark:bg-stone-900',
        className,
      )}
    >
      {notes.map((note) => (
        <p key={noteAnchor(post, note)} id={noteAnchor(post, note)}>
          <strong>{correctionLabels[note.kind]}</strong>, <time dateTime={note.date}>{formatDateTime(note.date)}</time>:{' '}
          {note.text}
        </p>
      ))}
      <p className="flex flex-wrap gap-x-4">
        <Link href={correctionsPath} className="underline hover:no-underline">
          All corrections
        </Link>
        {getSitePage('corrections-policy') ? (
          <Link href={sitePagePath('corrections-policy')} className="underline hover:no-underline">
            Corrections policy
          </Link>
        ) : null}
      </p>
    </aside>
  )
}
