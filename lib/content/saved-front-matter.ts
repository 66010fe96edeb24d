import { readFileSync } from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import { checkFields, parseFrontMatter } from '../checks/front-matter'
import { parseFrontMatterDate } from '../dates'
import { siteConfig } from '../site'
import { readingMinutes } from './reading-time'
import { contentDir } from './schema'
import { sectionNamed } from './sections'

/**
 * Under `npm run dev`, an article saved since the server started is shown as
 * saved: its body (lib/content/article-source.ts) and its front matter (here),
 * read from the file on each request instead of waiting for Contentlayer and
 * the content index to rebuild the archive's data (about 20 s at 10,000
 * articles). Lists, related posts and history follow when they have.
 *
 * The fields are the ones Contentlayer types from the front matter, in its
 * formats (scripts/content-build.test.ts compares them with its output for
 * every article of a built copy), except the lead image, whose sizes the
 * content index makes, and the corrections and credits, which Contentlayer types as
 * documents of their own: those still come from the content build.
 */
export type SavedFrontMatter = {
  title: string
  date: string
  summary: string
  category: string
  tags: string[]
  authors: string[]
  updated?: string
  imageAlt?: string
  imageCaption?: string
  imageCredit?: string
  draft: boolean
  affiliate: boolean
  canonical?: string
  related: string[]
  readingMinutes: number
}

/** The body of an article's source, as Contentlayer's `body.raw` (gray-matter, as contentlayer2/source-files splits it). */
export function bodyOf(source: string): string {
  // A YAML engine that parses nothing: only where the body starts matters here.
  return matter(source, { engines: { yaml: () => ({}) } }).content
}

/**
 * A front-matter date as Contentlayer writes it (contentlayer.config.ts sets
 * the site's zone): a day, read as midnight there, as Temporal prints an
 * instant (2014-07-31T04:00:00Z); a time with its offset as Date#toISOString
 * does (2026-12-01T14:30:00.000Z).
 */
export function contentlayerDate(text: string): string {
  const instant = parseFrontMatterDate(text)
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? instant.replace(/\.000Z$/, 'Z') : instant
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [])

/**
 * The front matter of an article's source, typed as the content build types
 * it; undefined when it has a mistake (the content check's notice says which,
 * and the page keeps the last version that built).
 */
export function frontMatterOf(file: string, source: string): SavedFrontMatter | undefined {
  const parsed = parseFrontMatter(file, source)
  if (!parsed.ok || checkFields(file, parsed.value.data, parsed.keyLines).length > 0) return undefined
  const { data } = parsed.value
  const title = text(data.title)
  const date = text(data.date)
  const summary = text(data.summary)
  // A category no section has is a mistake the content check shows: the page keeps the last version that built.
  const category = sectionNamed(text(data.category) ?? '')?.name
  if (title === undefined || date === undefined || summary === undefined || category === undefined) return undefined
  const updated = text(data.updated)
  // An optional field the file leaves out is undefined, so that removing it shows too.
  return {
    title,
    date: contentlayerDate(date),
    summary,
    category,
    tags: list(data.tags),
    authors: data.authors === undefined ? [siteConfig.defaultAuthor] : list(data.authors),
    updated: updated === undefined ? undefined : contentlayerDate(updated),
    imageAlt: text(data.imageAlt),
    imageCaption: text(data.imageCaption),
    imageCredit: text(data.imageCredit),
    draft: data.draft === true,
    affiliate: data.affiliate === true,
    canonical: text(data.canonical),
    related: list(data.related),
    readingMinutes: readingMinutes(bodyOf(source)),
  }
}

const fieldNames = [
  'title',
  'date',
  'summary',
  'category',
  'tags',
  'authors',
  'updated',
  'imageAlt',
  'imageCaption',
  'imageCredit',
  'draft',
  'affiliate',
  'canonical',
  'related',
  'readingMinutes',
] as const satisfies readonly (keyof SavedFrontMatter)[]

/** The fields of a built article (from Contentlayer's data) that frontMatterOf reads from a file, for comparing the two. */
export function savedFields(document: unknown): Record<string, unknown> {
  if (typeof document !== 'object' || document === null) return {}
  return Object.fromEntries(Object.entries(document).filter(([key]) => fieldNames.some((name) => name === key)))
}

/**
 * The text of the file an article was built from (`sourceFilePath` under
 * content/), as saved now; undefined when it is gone (renamed or deleted
 * since the content build, whose copy is shown until it catches up).
 */
export function readSavedSource(
  sourceFilePath: string,
  directory: string = contentDir,
): { file: string; source: string } | undefined {
  const file = path.join(directory, sourceFilePath)
  try {
    return { file, source: readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), file), 'utf8') }
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return undefined
    throw error
  }
}

/** An article's front matter from its file as saved, or undefined (see frontMatterOf and readSavedSource). */
export function readSavedFrontMatter(sourceFilePath: string, directory: string = contentDir): SavedFrontMatter | undefined {
  const saved = readSavedSource(sourceFilePath, directory)
  return saved && frontMatterOf(saved.file, saved.source)
}
