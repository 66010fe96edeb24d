/**
 * What an importer reads from another system's export, in one shape for
 * WordPress and Ghost: the people, the entries (posts, pages, attachments)
 * with the old URLs each one had, and then each post's or page's content.
 * lib/import/run.ts makes News Ledge content of it.
 */

export type SourceAuthor = {
  /** The export's key for the person: a WordPress login, a Ghost user id. */
  key: string
  /** The id their profile gets unless mapped to an existing one (content/authors/<id>.mdx). */
  slug: string
  name: string
  bio: string
  website: string
  /** Old URLs of their page, to redirect to their profile. */
  oldPaths: string[]
  /** Query strings that named them at the old base: author=2. */
  oldQueries: string[]
}

export type SourceStatus = 'published' | 'scheduled' | 'draft' | 'private' | 'password' | 'trash'

/** A post, page or attachment as the old site addressed it. */
export type SourceEntry = {
  /** Unique within the export: wp:123, ghost:5f3…. */
  id: string
  kind: 'post' | 'page' | 'attachment'
  status: SourceStatus
  title: string
  /** The slug it had, decoded (WordPress writes non-ASCII slugs percent-encoded). */
  slug: string
  /** Paths it had on the old site (its permalink, attachment page), with the old base. */
  oldPaths: string[]
  /** Query strings that named it at the old base: p=123, page_id=7, attachment_id=9. */
  oldQueries: string[]
  /** An attachment's post (its page redirects there). */
  parent?: string
}

/** A term (category or tag) and the old URLs of its archive pages. */
export type SourceTerm = { name: string; slug: string; oldPaths: string[]; oldQueries: string[] }

export type SourcePicture = { url: string; alt: string; caption: string; title: string }

/** A post or page with what it says. */
export type SourceArticle = {
  id: string
  kind: 'post' | 'page'
  status: SourceStatus
  title: string
  /** When it was published (or is to be): null when the export has no date (a draft never saved with one). */
  date: Date | null
  updated: Date | null
  authors: string[]
  categories: SourceTerm[]
  tags: SourceTerm[]
  excerpt: string
  /** The body as HTML, shortcodes and cards already made HTML. */
  html: string
  featured: SourcePicture | null
  /** What the source's own conversion (shortcodes, cards) dropped or changed. */
  warnings: string[]
}

export type SourceSite = {
  kind: 'wordpress' | 'ghost'
  title: string
  /** The old site's address: links to it inside bodies are the old site's own. */
  url: string
  /** The path the old site lived under ('' at the root, '/blog' in a subfolder): every old path starts with it. */
  base: string
  /** Old paths of the site's feeds: they redirect to the site's feed. */
  feedPaths: string[]
  /** What the export holds that is not content (menu items, revisions…), counted for the report. */
  skipped: string[]
}

/** Everything but the bodies, read first so that slugs and links are known before any body is converted. */
export type SourceIndex = {
  site: SourceSite
  authors: SourceAuthor[]
  entries: SourceEntry[]
  categories: SourceTerm[]
  tags: SourceTerm[]
}

export type Source = {
  index: SourceIndex
  /** The posts and pages with their bodies, one at a time. */
  articles: () => AsyncIterable<SourceArticle>
  /** Where a picture's file is in the folder given with --uploads/--images, from its URL, or null when it is not the site's upload. */
  pictureFile: (url: string) => string | null
  /** What the old site knew of the picture at a URL (WordPress's attachments: alt text, title, caption), if anything. */
  describe: (url: string) => SourcePicture | null
}
