import type { ReactNode } from 'react'

export type SearchHitProps = {
  url: string
  title: string
  section: string
  /** "Draft" or "Scheduled", on previews and in development. */
  unpublished?: string
  /** The publication time, as written and as shown. */
  datetime: string
  date: string
  /** A small variant of the lead image, if the article has one. */
  thumbnail?: string
  /** The article's own words around the matches, with the matched words in <mark>. */
  excerpt: ReactNode
}

/**
 * One search result, the same whichever store found it: the browser's search
 * (components/search-results.tsx) or the server's (components/stored-search-results.tsx).
 */
export function SearchHit({ url, title, section, unpublished, datetime, date, thumbnail, excerpt }: SearchHitProps) {
  return (
    <li className="flex gap-4 py-5">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="text-xs font-semibold tracking-wider text-red-800 uppercase dark:text-red-300">
          {section}
          {unpublished ? (
            <span className="ml-2 rounded bg-amber-200 px-2 py-0.5 text-amber-950">{unpublished}</span>
          ) : null}
        </p>
        <h2 className="font-serif text-xl leading-snug font-bold">
          <a href={url} className="hover:underline">
            {title}
          </a>
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-300">
          <time dateTime={datetime}>{date}</time>
        </p>
        <p className="text-stone-800 dark:text-stone-200 [&_mark]:bg-amber-200 [&_mark]:text-stone-950">{excerpt}</p>
      </div>
      {thumbnail ? (
        // A small file the content build made; decorative beside the headline.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={thumbnail}
          alt=""
          width={96}
          height={72}
          loading="lazy"
          className="aspect-[4/3] h-auto w-24 shrink-0 rounded object-cover"
        />
      ) : null}
    </li>
  )
}
