import type posts from '@/.contentlayer/post-index.json'

/**
 * An article without its body, as lists, feeds, sitemaps and metadata read
 * it: Contentlayer's typed front matter and computed fields, plus how many
 * versions its history lists. The content index writes it for the files
 * backend; the store keeps the same object for the database backend.
 */
export type Post = (typeof posts)[number]
