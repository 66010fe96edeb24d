// The files a content build writes beside Contentlayer's, which pages, the proxy and TypeScript import:
// their paths and type declarations, shared by the files build (scripts/content-index.ts) and the
// database publish (lib/store/site-files.ts).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readFrontPage } from './front-page-file'
import { readSections } from './sections-file'
import { readSitePages } from './site-pages-file'
import { readAuthorProfiles } from './authors-file'
import { readRedirectTable } from './redirects-file'
import { writeFileAtomic } from '../build-cache/files'

/** Related lists by slug, for lib/posts.ts. */
export const RELATED_MAP_PATH = '.contentlayer/related.json'
/** Every article without its body, for lib/content/posts.ts: lists, params and metadata need no more. */
export const POST_INDEX_PATH = '.contentlayer/post-index.json'
/** Every article's slug, as published, scheduled (with its time) or draft, for proxy.ts (lib/content/visibility.ts). */
export const ARTICLE_SLUGS_PATH = '.contentlayer/article-slugs.json'
/** Every picture the articles show, by site path: sizes, AVIF and WebP variants, crops (lib/content/images.ts). */
export const IMAGES_PATH = '.contentlayer/images.json'
/** Types the index for TypeScript (allowArbitraryExtensions), as Contentlayer types its own JSON. */
export const POST_INDEX_TYPES_PATH = '.contentlayer/post-index.d.json.ts'
/** How many pages each list can have, by its path, for proxy.ts (lib/content/list-pages.ts). */
export const LIST_PAGES_PATH = '.contentlayer/list-pages.json'
export const LIST_PAGES_TYPES_PATH = '.contentlayer/list-pages.d.json.ts'
/** The site's sections from content/sections.yml, checked, for pages (lib/content/sections.ts). */
export const SECTIONS_PATH = '.contentlayer/sections.json'
export const SECTIONS_TYPES_PATH = '.contentlayer/sections.d.json.ts'
/** What editors chose for the front page in content/front-page.yml, checked (lib/content/front-page.ts). */
export const FRONT_PAGE_PATH = '.contentlayer/front-page.json'
export const FRONT_PAGE_TYPES_PATH = '.contentlayer/front-page.d.json.ts'
/** The site's own pages from content/pages (about, standards…), compiled (lib/content/site-pages.ts). */
export const SITE_PAGES_PATH = '.contentlayer/site-pages.json'
export const SITE_PAGES_TYPES_PATH = '.contentlayer/site-pages.d.json.ts'
/** The authors' profiles from content/authors, bios compiled, for pages (lib/content/authors.ts). */
export const AUTHORS_PATH = '.contentlayer/authors.json'
export const AUTHORS_TYPES_PATH = '.contentlayer/authors.d.json.ts'
/** Old addresses and where they go now, sorted, for proxy.ts (lib/content/redirects.ts). */
export const REDIRECTS_PATH = '.contentlayer/redirects.json'
export const REDIRECTS_TYPES_PATH = '.contentlayer/redirects.d.json.ts'
/** The first line of each generated declaration file. */
export const GENERATED_NOTE = '// NOTE Written by the content build (npm run content, or npm run db:publish): do not edit\n'
/** A declaration file that types a generated JSON file as `type`, imported from `module` (under lib/content). */
const declaration = (type: string, module: string, array = false) =>
  `${GENERATED_NOTE}import type { ${type} } from '../lib/content/${module}'
declare const value: ${type}${array ? '[]' : ''}
export default value
`
export const LIST_PAGES_TYPES = declaration('ListPages', 'list-pages')
export const SECTIONS_TYPES = declaration('SiteSection', 'sections', true)
export const FRONT_PAGE_TYPES = declaration('FrontPage', 'front-page')
export const SITE_PAGES_TYPES = declaration('SitePage', 'site-pages', true)
export const AUTHORS_TYPES = declaration('AuthorProfile', 'bylines', true)
export const REDIRECTS_TYPES = declaration('RedirectTable', 'redirects')
/**
 * The other generated files pages and the proxy import, typed without
 * TypeScript reading them: inferring a type from a 10,000-article related
 * map took the type check half a minute. Each is checked when read.
 */
export const JSON_TYPES: Record<string, string> = {
  '.contentlayer/related.d.json.ts': 'declare const related: unknown\nexport default related\n',
  '.contentlayer/article-slugs.d.json.ts':
    "import type { ArticleSlugs } from '../lib/content/visibility'\ndeclare const slugs: ArticleSlugs\nexport default slugs\n",
}
export const POST_INDEX_TYPES = `${GENERATED_NOTE}import type { Correction, Credit, Post } from './generated'
/**
 * versions: how many committed versions the article's history page lists (0 outside git).
 * corrections, credits: what Contentlayer writes of each (its nested documents carry no _id or _raw of their own).
 */
declare const posts: (Omit<Post, 'body' | 'code' | 'corrections' | 'credits'> & {
  corrections: Pick<Correction, 'date' | 'kind' | 'text'>[]
  credits: Pick<Credit, 'role' | 'authors'>[]
  versions: number
})[]
export default posts
`

/**
 * What editors write beside the articles, checked and written where pages import it: the sections
 * (content/sections.yml), the front page's choices (content/front-page.yml), the site's own pages
 * (content/pages/*.mdx, compiled), the authors' profiles (content/authors/*.mdx, bios compiled) and the redirects
 * (content/redirects.yml and the imports' records, content/imports/*.json). Every content build writes
 * them (scripts/content-index.ts, lib/store/site-files.ts), and the content check under `npm run dev`, so an
 * edit to either shows at once. Throws with the check's words on a mistake.
 */
export async function writeEditorialFiles(root: string, contentDir: string) {
  const file = (name: string) => path.join(root, name)
  const sections = readSections(root, contentDir)
  const front = readFrontPage(root, contentDir)
  await writeIfChanged(file(SECTIONS_PATH), `${JSON.stringify(sections)}\n`)
  await writeIfChanged(file(SECTIONS_TYPES_PATH), SECTIONS_TYPES)
  await writeIfChanged(file(FRONT_PAGE_PATH), `${JSON.stringify(front)}\n`)
  await writeIfChanged(file(FRONT_PAGE_TYPES_PATH), FRONT_PAGE_TYPES)
  await writeIfChanged(file(SITE_PAGES_PATH), `${JSON.stringify(await readSitePages(root, contentDir))}\n`)
  await writeIfChanged(file(SITE_PAGES_TYPES_PATH), SITE_PAGES_TYPES)
  const authors = await readAuthorProfiles(root, contentDir)
  await writeIfChanged(file(AUTHORS_PATH), `${JSON.stringify(authors)}\n`)
  await writeIfChanged(file(AUTHORS_TYPES_PATH), AUTHORS_TYPES)
  const redirects = readRedirectTable(root, contentDir)
  await writeIfChanged(file(REDIRECTS_PATH), `${JSON.stringify(redirects)}\n`)
  await writeIfChanged(file(REDIRECTS_TYPES_PATH), REDIRECTS_TYPES)
  return { sections, authors, redirects }
}

/** Writes a file only when its text changes, so the dev server reloads only for real edits. */
export async function writeIfChanged(file: string, text: string) {
  const current = await readFile(file, 'utf8').catch(() => undefined)
  if (current === text) return
  // Whole or not at all: the dev server and the search index read these while `contentlayer2 dev` rewrites them.
  writeFileAtomic(file, text)
}
