/**
 * An author as editors write them in content/authors/<id>.mdx (lib/checks/author-profile.ts reads and checks
 * the file): the id is the file's name and the author page's URL segment, /authors/<id>.
 */
export type AuthorProfile = {
  id: string
  name: string
  /** Role or job title, as the masthead and the author page print it: "Senior reporter, courts". */
  title: string
  /** A shared byline (the newsroom, a desk), not a person: schema.org calls it an Organization, the masthead leaves it out. */
  desk: boolean
  /** A picture under public/, with what it shows. */
  photo?: string
  photoAlt?: string
  /** A public address readers may write to. */
  email?: string
  /** How to reach them securely with a tip (Signal, a SecureDrop address), as readers should read it. */
  tips?: string
  /** Their own site and profiles elsewhere (schema.org sameAs). */
  links: string[]
  /** Place on the masthead, lowest first; people without one follow, by name. */
  order?: number
  /** The bio, Markdown compiled as an article body is (components/mdx-content.tsx). */
  bio: string
}

/** A role credit after the byline: "Photos by", "Additional reporting by", with whom. */
export type Credit = { role: string; authors: readonly string[] }

/** What a byline reads of an article: who wrote it and who else is credited, by id. */
export type Bylined = { authors: readonly string[]; credits: readonly Credit[] }

/**
 * Names as a byline reads them, in the newsroom's (AP) style without a serial comma: "A", "A and B",
 * "A, B and C".
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * Everyone an article credits, byline first, each once: whose author pages list it. An article's own order
 * is kept, so the first is its first byline.
 */
export function storyPeople(post: Bylined): string[] {
  return [...new Set([...post.authors, ...post.credits.flatMap((credit) => credit.authors)])]
}

/**
 * The byline as one line of text ("Dana Whitfield and Marcus Oyelaran"), for search and the store's byline
 * column: names from `nameOf`, the id where no profile has it.
 */
export function bylineText(post: Bylined, nameOf: (id: string) => string | undefined): string {
  return joinNames(post.authors.map((id) => nameOf(id) ?? id))
}

/**
 * The masthead's order: people (not desks) by their `order`, then those without one, by name.
 */
export function mastheadOrder(profiles: readonly AuthorProfile[]): AuthorProfile[] {
  return profiles
    .filter((profile) => !profile.desk)
    .toSorted(
      (a, b) =>
        (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
        a.name.localeCompare(b.name, 'en') ||
        a.id.localeCompare(b.id, 'en'),
    )
}
