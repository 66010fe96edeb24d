import authors from '@/.contentlayer/authors.json'
import { mastheadOrder, type AuthorProfile, type Bylined } from './bylines'

/**
 * The authors' profiles as the content build wrote them beside the articles (content/authors/<id>.mdx, read
 * by lib/content/authors-file.ts): the same on both backends, as small as the newsroom.
 */
const byId = new Map(authors.map((profile) => [profile.id, profile]))

/** Every profile, in id order. */
export function getAuthorProfiles(): readonly AuthorProfile[] {
  return authors
}

/** The profile of an author id, if the site has it. */
export function authorProfile(id: string): AuthorProfile | undefined {
  return byId.get(id)
}

/** The people the masthead lists, in its order (lib/content/bylines.ts mastheadOrder). */
export function getMasthead(): AuthorProfile[] {
  return mastheadOrder(authors)
}

/**
 * An article's byline and credits with each id's profile. The content check stops a build whose article names
 * an author without one; an id the build did not know (a row an older publish wrote) reads as its id.
 */
export function bylineOf(post: Bylined): { authors: AuthorProfile[]; credits: { role: string; authors: AuthorProfile[] }[] } {
  const profile = (id: string): AuthorProfile =>
    byId.get(id) ?? { id, name: id, title: '', desk: false, links: [], bio: '' }
  return {
    authors: post.authors.map(profile),
    credits: post.credits.map((credit) => ({ role: credit.role, authors: credit.authors.map(profile) })),
  }
}
