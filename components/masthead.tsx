import Link from 'next/link'
import { getMasthead } from '@/lib/content/authors'
import { authorPath } from '@/lib/urls'
import { Picture } from './picture'

/** "Dee Marsh" → "DM": the first letters of the first and last words of a name. */
const initials = (name: string) => {
  const words = name.trim().split(/\s+/)
  return [words[0], words.length > 1 ? words.at(-1) : undefined].map((word) => word?.[0] ?? '').join('')
}

/** The newsroom's people, from their profiles (content/authors), in the masthead's order, each with their role. */
export function Masthead() {
  const people = getMasthead()
  if (people.length === 0) return null
  return (
    <section aria-labelledby="masthead-people" className="mt-8">
      <h2 id="masthead-people" className="font-serif text-2xl font-black">
        Our people
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {people.map((person) => (
          <li key={person.id} className="flex items-center gap-4">
            <div className="w-16 shrink-0">
              {/* The name beside it says who it is; without a photo, their initials keep the rows aligned. */}
              {person.photo ? (
                <Picture src={person.photo} alt="" sizes="64px" className="aspect-square rounded-full object-cover" />
              ) : (
                <div
                  aria-hidden="true"
                  className="flex aspect-square items-center justify-center rounded-full bg-stone-200 font-serif text-xl font-bold text-stone-700 dark:bg-stone-700 dark:text-stone-100"
                >
                  {initials(person.name)}
                </div>
              )}
            </div>
            <div>
              <Link href={authorPath(person.id)} className="font-semibold underline hover:no-underline">
                {person.name}
              </Link>
              <p className="text-sm text-stone-600 dark:text-stone-300">{person.title}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
