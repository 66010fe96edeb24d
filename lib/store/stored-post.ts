import type { Post } from '../content/post'
import { isRecord, list } from '../utils'

/**
 * An article's index entry as the store keeps it (its `meta` column) read
 * back into a Post, field by field: what comes out of the database is
 * checked, never cast. Undefined when the row is not of that shape, which
 * means it was written by another version of the site.
 */
export function storedPost(meta: unknown): Post | undefined {
  if (!isRecord(meta)) return undefined
  const raw = rawDocument(meta._raw)
  const category = typeof meta.category === 'string' ? meta.category : undefined
  const corrections = list(meta.corrections, correction)
  const tags = list(meta.tags, text)
  const related = list(meta.related, text)
  const authors = list(meta.authors, text)
  const credits = list(meta.credits, credit)
  const { _id, title, date, summary, slug, url } = meta
  if (
    raw === undefined ||
    category === undefined ||
    corrections === undefined ||
    tags === undefined ||
    related === undefined ||
    authors === undefined ||
    credits === undefined ||
    meta.type !== 'Post' ||
    typeof _id !== 'string' ||
    typeof title !== 'string' ||
    typeof date !== 'string' ||
    typeof summary !== 'string' ||
    typeof slug !== 'string' ||
    typeof url !== 'string' ||
    typeof meta.draft !== 'boolean' ||
    typeof meta.affiliate !== 'boolean' ||
    typeof meta.readingMinutes !== 'number' ||
    typeof meta.versions !== 'number'
  ) {
    return undefined
  }
  return {
    _id,
    _raw: raw,
    type: 'Post',
    title,
    date,
    summary,
    category,
    tags,
    authors,
    credits,
    updated: text(meta.updated),
    corrections,
    image: text(meta.image),
    imageAlt: text(meta.imageAlt),
    imageCaption: text(meta.imageCaption),
    imageCredit: text(meta.imageCredit),
    draft: meta.draft,
    affiliate: meta.affiliate,
    canonical: text(meta.canonical),
    related,
    slug,
    url,
    readingMinutes: meta.readingMinutes,
    versions: meta.versions,
  }
}

type Correction = Post['corrections'][number]
type Credit = Post['credits'][number]

function credit(value: unknown): Credit | undefined {
  if (!isRecord(value)) return undefined
  const authors = list(value.authors, text)
  return typeof value.role === 'string' && authors !== undefined ? { role: value.role, authors } : undefined
}

function correction(value: unknown): Correction | undefined {
  if (!isRecord(value)) return undefined
  const kind = (['correction', 'clarification', 'update'] as const).find((name) => name === value.kind)
  const { date } = value
  const note = value.text
  if (kind === undefined || typeof date !== 'string' || typeof note !== 'string') return undefined
  return { date, kind, text: note }
}

function rawDocument(value: unknown): Post['_raw'] | undefined {
  if (!isRecord(value)) return undefined
  const { sourceFilePath, sourceFileName, sourceFileDir, flattenedPath } = value
  const contentType = (['markdown', 'mdx', 'data'] as const).find((name) => name === value.contentType)
  if (
    contentType === undefined ||
    typeof sourceFilePath !== 'string' ||
    typeof sourceFileName !== 'string' ||
    typeof sourceFileDir !== 'string' ||
    typeof flattenedPath !== 'string'
  ) {
    return undefined
  }
  return { sourceFilePath, sourceFileName, sourceFileDir, contentType, flattenedPath }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
