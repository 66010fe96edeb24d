import { Fragment } from 'react'
import Link from 'next/link'
import { bylineOf } from '@/lib/content/authors'
import type { AuthorProfile, Bylined } from '@/lib/content/bylines'
import { authorPath } from '@/lib/urls'

/** Names as a byline reads them, "A, B and C" (lib/content/bylines.ts joinNames), each linking to its author page. */
function AuthorNames({ people, rel }: { people: readonly AuthorProfile[]; rel?: string }) {
  return people.map((person, i) => (
    <Fragment key={person.id}>
      {i === 0 ? null : i === people.length - 1 ? ' and ' : ', '}
      <Link href={authorPath(person.id)} rel={rel} className="underline hover:no-underline">
        {person.name}
      </Link>
    </Fragment>
  ))
}

/**
 * An article's byline, "By Dana Whitfield and Marcus Oyelaran", then each role credit, "Photos by Sam Okafor",
 * as items of the article's date line (components/post-meta.tsx).
 */
export function Byline({ post }: { post: Bylined }) {
  const { authors, credits } = bylineOf(post)
  return (
    <>
      <span>
        By <AuthorNames people={authors} rel="author" />
      </span>
      {credits.map((credit, i) => (
        <span key={i}>
          {credit.role} <AuthorNames people={credit.authors} />
        </span>
      ))}
    </>
  )
}
