import type { AuthorProfile } from '@/lib/content/bylines'
import { jsonLdScript, profilePageJsonLd } from '@/lib/reach/metadata'
import { MdxContent } from './mdx-content'
import { Picture } from './picture'

/** A link's label from its address: "bsky.app", "danawhitfield.example". */
const linkLabel = (href: string) => new URL(href).hostname.replace(/^www\./, '')

/**
 * The top of an author's page (its first page): photo, role, bio, how to reach them and their profiles
 * elsewhere, with the page's ProfilePage JSON-LD. Server-rendered; the photo is the page's first picture.
 */
export function AuthorProfileCard({ author }: { author: AuthorProfile }) {
  return (
    <section aria-label={`About ${author.name}`} className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-start">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(profilePageJsonLd(author)) }}
      />
      {author.photo ? (
        <div className="w-32 shrink-0">
          <Picture
            src={author.photo}
            alt={author.photoAlt ?? ''}
            sizes="128px"
            priority
            className="aspect-square rounded-full object-cover"
          />
        </div>
      ) : null}
      <div className="min-w-0 flex-1 space-y-3">
        <p className="font-sans text-lg font-semibold text-stone-700 dark:text-stone-200">{author.title}</p>
        <div className="prose max-w-none font-serif prose-stone dark:prose-invert prose-a:text-red-800 dark:prose-a:text-red-300">
          <MdxContent code={author.bio} />
        </div>
        {author.email || author.tips || author.links.length > 0 ? (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-200">
            {author.email ? (
              <li>
                Email:{' '}
                <a href={`mailto:${author.email}`} className="underline hover:no-underline">
                  {author.email}
                </a>
              </li>
            ) : null}
            {author.tips ? <li>Secure tips: {author.tips}</li> : null}
            {author.links.map((href) => (
              <li key={href}>
                <a href={href} rel="me noopener" className="underline hover:no-underline">
                  {linkLabel(href)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  )
}
