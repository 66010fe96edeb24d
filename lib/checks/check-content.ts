import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ContentProblem } from './problems'
import { findReferenceProblems, type CheckablePost } from './references'
import { checkFields, parseFrontMatter } from './front-matter'
import { checkMdx } from './mdx'
import { isPictureUse, pictureUseProblem, type PictureUse } from './images'
import { findNameProblems, type NamedArticle } from './names'
import { checkFrontPageFile, checkSectionsFile, findCategoryProblems } from './editorial-files'
import { FRONT_PAGE_FILE } from '../content/front-page-file'
import { SECTIONS_FILE } from '../content/sections-file'
import { SITE_PAGES_DIR } from '../content/site-pages-file'
import { checkSitePage } from './site-pages'
import { AUTHORS_DIR, checkAuthorProfile } from './author-profile'
import { findAuthorProblems } from './authors'
import { isSlug, slugify } from '../urls'
import { codeVersion } from '../build-cache/paths'
import { contentHash, ResultCache } from '../build-cache/result-cache'
import { picturesDir } from '../content/schema'
import { IMPORTS_DIR } from '../content/imports-file'
import { REDIRECTS_FILE } from '../content/redirects-file'
import { findRedirectProblems, isImportFile, readRedirects, redirectSegments, type SiteTargets } from './redirects'

/**
 * Every file under `dir`, relative to it with "/" between folders, sorted; dot files left out. Each folder is read
 * on its own and paths made by joining strings: at 100,000 articles a recursive read whose paths went through
 * path.relative took 0.6 s, this 0.15 s.
 */
async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  const walk = async (prefix: string) => {
    for (const entry of await readdir(prefix === '' ? dir : path.join(dir, prefix), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
      if (entry.isDirectory()) await walk(relative)
      else if (entry.isFile()) files.push(relative)
    }
  }
  await walk('')
  return files.sort()
}

/**
 * What one article's text says, found without looking at any other file: its
 * problems and the pictures it names, in file order, and what the checks
 * across articles need. Cached by the file's content (lib/build-cache), so an
 * unchanged article costs a lookup.
 */
type ArticleFacts = {
  findings: (ContentProblem | PictureUse)[]
  post: CheckablePost | null
  named: NamedArticle | null
}

// Entries come only from this code (the cache checks its version and checksum); this checks the shape.
const isArticleFacts = (value: unknown): value is ArticleFacts =>
  typeof value === 'object' && value !== null && 'findings' in value && Array.isArray(value.findings)

async function readArticleFacts(file: string, relative: string, text: string): Promise<ArticleFacts> {
  const slug = path.basename(relative, '.mdx')
  const findings: ArticleFacts['findings'] = []
  if (!isSlug(slug)) {
    findings.push({
      file,
      message: `The file name is the article's URL, so it must be lower-case words joined by hyphens, e.g. ${path.dirname(file)}/${slugify(slug) || 'your-headline'}.mdx.`,
    })
  }
  const parsed = parseFrontMatter(file, text)
  if (!parsed.ok) return { findings: [...findings, parsed.problem], post: null, named: null }
  const { data, body, bodyLine } = parsed.value
  findings.push(...checkFields(file, data, parsed.keyLines))
  const image = data.image
  if (typeof image === 'string' && image.trim() !== '') {
    findings.push({
      kind: 'lead',
      src: image,
      alt: typeof data.imageAlt === 'string' ? data.imageAlt : undefined,
      line: parsed.keyLines.get('image'),
      altLine: parsed.keyLines.get('imageAlt'),
    })
  } else {
    for (const key of ['imageAlt', 'imageCaption', 'imageCredit']) {
      if (typeof data[key] === 'string') {
        findings.push({
          file,
          line: parsed.keyLines.get(key),
          message: `"${key}" describes a lead image, but there is no "image".`,
        })
      }
    }
  }
  const canonical = data.canonical
  if (typeof canonical === 'string' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(canonical)) {
    findings.push({
      file,
      line: parsed.keyLines.get('canonical'),
      message: `"canonical" is ${canonical}; it must be the full https:// address of the original article.`,
    })
  }
  const mdx = await checkMdx(file, body, bodyLine)
  findings.push(...mdx.findings)
  if (data.draft !== true && /\bTODO\b/.test(JSON.stringify(data) + body)) {
    findings.push({
      file,
      message: 'The article still has TODO placeholders. Finish them, or keep it as draft: true.',
    })
  }
  const related = Array.isArray(data.related) ? data.related.filter((item) => typeof item === 'string') : []
  const post: CheckablePost = {
    slug,
    file: relative,
    draft: data.draft === true,
    related,
    inlineRelated: mdx.inlineRelated,
  }
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [])
  const credits = Array.isArray(data.credits) ? data.credits : []
  const named: NamedArticle = {
    file,
    tags: strings(data.tags),
    category: typeof data.category === 'string' && data.category.trim() !== '' ? data.category : undefined,
    authors: {
      ids: data.authors === undefined || data.authors === null ? undefined : strings(data.authors),
      line: parsed.keyLines.get('authors'),
      credits: credits.map((credit: unknown, i) => ({
        ids: typeof credit === 'object' && credit !== null && 'authors' in credit ? strings(credit.authors) : [],
        line: parsed.keyLines.get(`credits.${i}.authors`) ?? parsed.keyLines.get('credits'),
      })),
    },
    lines: { tags: parsed.keyLines.get('tags'), category: parsed.keyLines.get('category') },
  }
  return { findings, post, named }
}

type Pictures = { root: string; widths: Map<string, Promise<string | null>> }

/** The article's problems, its pictures checked against the files under public/ now. */
async function articleProblems(file: string, facts: ArticleFacts, pictures: Pictures): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = []
  for (const finding of facts.findings) {
    if (!isPictureUse(finding)) problems.push(finding)
    else {
      const problem = await pictureUseProblem(pictures.root, file, finding, pictures.widths)
      if (problem) problems.push(problem)
    }
  }
  return problems
}

const sameUrl = (contentDir: string, relative: string, first: string, key: string): ContentProblem => ({
  file: `${contentDir}/${relative}`,
  message: `Another article, ${contentDir}/${first}, already has the URL /posts/${key}. Rename one of them.`,
})

/**
 * What the checks across articles ask of the articles a scoped check does not read, once the files it read
 * (and the redirects) have named them: the answer holds those names alone, so its cost follows the change.
 */
export type ArchiveQuestion = {
  /** Article slugs the files read, the articles linking to them and the redirects name. */
  slugs: ReadonlySet<string>
  /** Topic slugs the files read and the redirects name. */
  tags: ReadonlySet<string>
  /** The authors' profiles there are: an unread article crediting anyone else is in the answer. */
  profiles: ReadonlySet<string>
  /** The sections' names, as articles spell them in `category` (undefined when content/sections.yml cannot be read): an unread article in any other is in the answer. */
  sections: ReadonlySet<string> | undefined
}

export type ArchiveAnswer = {
  /** Those slugs' articles, by slug: whether each is a draft. */
  known: ReadonlyMap<string, { draft: boolean }>
  /** An unread article for each spelling of those topics, each author without a profile and each section not there. */
  named: readonly NamedArticle[]
}

/**
 * A check of some files only: those a database publish will compile (lib/store/check-scope.ts), against
 * what the archive it publishes to already holds.
 */
export type CheckScope = {
  /** The files to read, relative to the content folder (posts/<slug>.mdx). */
  only: ReadonlySet<string>
  /** Articles not read whose links name one of the files read or an article removed: checked again. */
  linking: readonly CheckablePost[]
  /** What the rest of the archive holds of the names the files read, the linking articles and the redirects use. */
  ask: (question: ArchiveQuestion) => Promise<ArchiveAnswer>
}

/**
 * Checks every file under `<root>/<contentDir>` as the build would read it and
 * returns each problem with its file, line and what to do. An empty list
 * means the content builds. With a `scope`, only its files are read, and the
 * checks across articles take the rest from it.
 */
export async function checkContent(
  root: string,
  contentDir = 'content',
  scope?: CheckScope,
): Promise<ContentProblem[]> {
  // A scoped check reads a few files: the cache of every article's facts is not worth loading for them.
  const facts = scope ? undefined : new ResultCache(root, 'check', codeVersion(root), isArticleFacts)
  const pictures: Pictures = { root: path.join(root, picturesDir(contentDir)), widths: new Map() }
  const problems: ContentProblem[] = []
  const posts: CheckablePost[] = []
  const named: NamedArticle[] = []
  const bySlug = new Map<string, string>()
  const profiles = new Set<string>()
  const sitePages = new Set<string>()
  const sections = checkSectionsFile(root, contentDir)
  problems.push(...sections.problems, ...checkFrontPageFile(root, contentDir))
  for (const relative of await listFiles(path.join(root, contentDir))) {
    if (relative === SECTIONS_FILE || relative === FRONT_PAGE_FILE) continue
    // Checked below, against every article: where each redirect goes must be a page.
    if (relative === REDIRECTS_FILE || isImportFile(relative)) continue
    if (relative.startsWith(`${AUTHORS_DIR}/`) && relative.endsWith('.mdx')) {
      const file = `${contentDir}/${relative}`
      const { findings } = await checkAuthorProfile(file, await readFile(path.join(root, file), 'utf8'))
      problems.push(...(await articleProblems(file, { findings, post: null, named: null }, pictures)))
      profiles.add(path.basename(relative, '.mdx'))
      continue
    }
    if (relative.startsWith(`${SITE_PAGES_DIR}/`) && relative.endsWith('.mdx')) {
      const file = `${contentDir}/${relative}`
      const findings = await checkSitePage(file, await readFile(path.join(root, file), 'utf8'))
      problems.push(...(await articleProblems(file, { findings, post: null, named: null }, pictures)))
      sitePages.add(path.basename(relative, '.mdx'))
      continue
    }
    if (!/^posts\/[^/]+\.mdx$/.test(relative)) {
      problems.push({
        file: `${contentDir}/${relative}`,
        message: `Only articles live under ${contentDir}/, as ${contentDir}/posts/<slug>.mdx, the site's own pages, as ${contentDir}/${SITE_PAGES_DIR}/<page>.mdx, the authors' profiles, as ${contentDir}/${AUTHORS_DIR}/<id>.mdx, ${contentDir}/${SECTIONS_FILE}, ${contentDir}/${FRONT_PAGE_FILE}, ${contentDir}/${REDIRECTS_FILE} and what npm run import records under ${contentDir}/${IMPORTS_DIR}/. Move or remove this file.`,
      })
      continue
    }
    const file = `${contentDir}/${relative}`
    if (scope && !scope.only.has(relative)) {
      // Not read: its name still takes its URL.
      const key = path.basename(relative, '.mdx').toLowerCase()
      const first = bySlug.get(key)
      if (first) problems.push(sameUrl(contentDir, relative, first, key))
      else bySlug.set(key, relative)
      continue
    }
    const text = await readFile(path.join(root, file), 'utf8')
    const read = () => readArticleFacts(file, relative, text)
    const result = facts ? await facts.through(contentHash(`${file}\0${text}`), read) : await read()
    problems.push(...(await articleProblems(file, result, pictures)))
    if (result.named) named.push(result.named)
    if (!result.post) continue
    const key = result.post.slug.toLowerCase()
    const first = bySlug.get(key)
    if (first) {
      problems.push(sameUrl(contentDir, relative, first, key))
    } else {
      bySlug.set(key, relative)
      posts.push(result.post)
    }
  }
  facts?.save()
  const redirects = readRedirects(root, contentDir)
  const sectionSlugs = sections.sections ? new Set(sections.sections.map((section) => section.slug)) : undefined
  // Every segment of the redirects' addresses, asked about as an article and as a topic.
  const redirected = scope ? redirectSegments(redirects) : []
  const archive: ArchiveAnswer = scope
    ? await scope.ask({
        slugs: new Set([
          ...[...posts, ...scope.linking].flatMap((post) => [...post.related, ...post.inlineRelated]),
          ...redirected,
        ]),
        tags: new Set([...named.flatMap((article) => article.tags.map(slugify)), ...redirected]),
        profiles,
        sections: sections.sections ? new Set(sections.sections.map((section) => section.name)) : undefined,
      })
    : { known: new Map(), named: [] }
  const everyNamed = [...named, ...archive.named]
  const targets: SiteTargets = {
    articles: new Map([
      ...archive.known,
      ...posts.map((post): [string, { draft: boolean }] => [post.slug, { draft: post.draft }]),
    ]),
    profiles,
    sections: sectionSlugs ?? new Set(),
    tags: new Set(everyNamed.flatMap((article) => article.tags.map(slugify))),
    pages: sitePages,
  }
  return [
    ...findRedirectProblems(root, contentDir, targets, redirects),
    ...problems,
    ...findNameProblems(everyNamed),
    ...findAuthorProblems(everyNamed, profiles, contentDir),
    ...(sections.sections ? findCategoryProblems(everyNamed, sections.sections, contentDir) : []),
    ...findReferenceProblems([...posts, ...(scope?.linking ?? [])], contentDir, archive.known),
  ]
}
