import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readArticleBody } from '../content/article-body'
import { readHistory } from '../content/history'
import type { ContentEnvironment } from '../content/visibility'
import { plainTextBlocks } from '../history/plain-text'
import { parseRelatedMap } from '../related/map'
import { slugify } from '../urls'
import { codeVersion } from '../build-cache/paths'
import { contentHash, ResultCache } from '../build-cache/result-cache'
import { isStringArray } from '../utils'
import { bylineText, storyPeople, type Credit } from '../content/bylines'
import type { StoredArticle } from './publish'

/** An entry of the content index: the columns the store keeps apart, and every other field. */
export type IndexEntry = Record<string, unknown> &
  Pick<StoredArticle, 'slug' | 'date' | 'draft' | 'title' | 'summary' | 'category' | 'tags'> & {
    _id: string
    type: string
    authors: string[]
    credits: Credit[]
  }

const isCredit = (value: unknown): value is Credit =>
  typeof value === 'object' &&
  value !== null &&
  'role' in value &&
  typeof value.role === 'string' &&
  'authors' in value &&
  isStrings(value.authors)

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

export function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false
  const entry: Record<string, unknown> = { ...value }
  return (
    ['_id', 'type', 'slug', 'date', 'title', 'summary', 'category'].every((key) => typeof entry[key] === 'string') &&
    typeof entry.draft === 'boolean' &&
    isStrings(entry.tags) &&
    isStrings(entry.authors) &&
    Array.isArray(entry.credits) &&
    entry.credits.every(isCredit)
  )
}

const generated = (file: string) => path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', file)

/**
 * The articles of the content build (scripts/content-index.ts wrote them) as
 * the store keeps them. Production never gets a draft: its rows are what the
 * public site may show once each article's time has come.
 */
export async function articlesFromContentBuild(
  environment: ContentEnvironment,
  { cacheRoot }: { cacheRoot?: string } = {},
): Promise<StoredArticle[]> {
  const index: unknown = JSON.parse(await readFile(generated('post-index.json'), 'utf8'))
  if (!Array.isArray(index) || !index.every(isIndexEntry)) {
    throw new Error('.contentlayer/post-index.json is not the content index; run `npm run content` again')
  }
  const related = parseRelatedMap(JSON.parse(await readFile(generated('related.json'), 'utf8')))
  const authorNames = namesOf(JSON.parse(await readFile(generated('authors.json'), 'utf8')))
  const entries = index.filter((entry) => environment !== 'production' || !entry.draft)
  // Each body's words for search, by its content: kept between deploys (lib/build-cache), so a publish after
  // one article changed reads the others' words instead of parsing every body again.
  const texts = cacheRoot ? new ResultCache(cacheRoot, 'store-text', codeVersion(cacheRoot), isStringArray) : undefined
  const blocksOf = (raw: string) =>
    texts ? texts.through(contentHash(raw), () => plainTextBlocks(raw)) : plainTextBlocks(raw)
  const articles = await Promise.all(
    entries.map(async (meta) => {
      const body = await readArticleBody(meta)
      return storedArticle(meta, body, {
        plainText: (await blocksOf(body.raw)).join('\n\n'),
        related: related[meta.slug] ?? [],
        history: await readHistory(meta.slug),
        authorNames,
      })
    }),
  )
  texts?.save()
  return articles
}

/** Each author's name by id, from the profiles the content build wrote (lib/content/generated-files.ts). */
export function namesOf(profiles: unknown): Map<string, string> {
  const names = new Map<string, string>()
  if (!Array.isArray(profiles)) return names
  for (const profile of profiles) {
    if (typeof profile === 'object' && profile !== null && 'id' in profile && 'name' in profile) {
      if (typeof profile.id === 'string' && typeof profile.name === 'string') names.set(profile.id, profile.name)
    }
  }
  return names
}

/**
 * One article as the store keeps it, from its index entry, its body and what the build worked out for it;
 * `authorNames` spells its byline (each author's name by id, from content/authors).
 */
export function storedArticle(
  meta: IndexEntry,
  body: { raw: string; code: string },
  {
    authorNames,
    ...parts
  }: { plainText: string; related: unknown[]; history: unknown; authorNames: ReadonlyMap<string, string> },
): StoredArticle {
  const tags = new Map<string, string>()
  for (const name of meta.tags) if (!tags.has(slugify(name))) tags.set(slugify(name), name)
  const notes = Array.isArray(meta.corrections) ? meta.corrections : []
  const noteDates = notes.flatMap((note: unknown) =>
    typeof note === 'object' && note !== null && 'date' in note && typeof note.date === 'string' ? [note.date] : [],
  )
  const updated = typeof meta.updated === 'string' ? meta.updated : undefined
  const stored = {
    slug: meta.slug,
    date: meta.date,
    draft: meta.draft,
    title: meta.title,
    summary: meta.summary,
    category: meta.category,
    author: bylineText(meta, (id) => authorNames.get(id)),
    tags: meta.tags,
    tagSlugs: [...tags.keys()],
    tagNames: [...tags.values()],
    authorSlugs: storyPeople(meta),
    // As lib/content/corrections.ts modifiedAt reads it, the article's date when nothing came later.
    changedAt: new Date(
      Math.max(...[meta.date, updated, ...noteDates].flatMap((d) => (d ? [Date.parse(d)] : []))),
    ).toISOString(),
    corrected: notes.length > 0,
    meta,
    raw: body.raw,
    code: body.code,
    ...parts,
  }
  return { ...stored, contentHash: contentHash(JSON.stringify(stored)) }
}
