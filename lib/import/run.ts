import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkMdx } from '../checks/mdx'
import { AUTHORS_DIR } from '../checks/author-profile'
import { siteSegments } from '../checks/redirects'
import { IMPORTS_DIR, readImportManifest, type ImportManifest } from '../content/imports-file'
import { byFrom, queryKey, redirectKey } from '../content/redirects'
import { readSections } from '../content/sections-file'
import { picturesDir } from '../content/schema'
import { SITE_PAGES } from '../content/site-pages'
import { SITE_PAGES_DIR } from '../content/site-pages-file'
import type { SiteSection } from '../content/sections'
import { zonedYearMonth } from '../dates'
import { siteConfig } from '../site'
import { archiveUrl, authorPath, sectionFeedPath, sectionPath, slugify, tagFeedPath, tagPath } from '../urls'
import { articleFile, gmtTime, pageFile, summarize, type ImportedFrontMatter } from './article-file'
import { htmlToMdx, openingText, plainBody, plainText } from './html-to-mdx'
import { PictureCopier } from './pictures'
import { ImportReport, type ReportEntry } from './report'
import type { Source, SourceArticle, SourceAuthor, SourceEntry, SourceTerm } from './source'

/**
 * Makes News Ledge content of an import source (lib/import/wordpress.ts,
 * lib/import/ghost.ts): an article per post, the site's own pages where the
 * old site had them, a profile per author the site does not have yet, the
 * pictures, and the old URLs' redirects; with a report of everything.
 */

export type ImportOptions = {
  root: string
  contentDir: string
  /** The folder of the old site's uploads (WordPress's wp-content/uploads, Ghost's content/images). */
  pictures: string | null
  /** Source categories (by slug or name, any case) → section names. */
  sections: ReadonlyMap<string, string>
  /** The section of a post whose categories map to none: a name in content/sections.yml. */
  defaultSection: string | null
  /** Source authors (a WordPress login, a Ghost user's slug) → existing profile ids. */
  authors: ReadonlyMap<string, string>
  now: Date
  progress?: (done: number, total: number) => void
}

export type ImportResult = { report: ImportReport; manifestFile: string; reportFile: string }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const existingIds = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => name.slice(0, -4))
    : []

const firstSegment = (key: string) => key.split(/[/?]/)[1] ?? ''

/** The name of the import's record and report: the source and the old site's host and base. */
export function importName(source: Source): string {
  const { kind, url } = source.index.site
  const { host, pathname } = new URL(url)
  return `${kind}-${slugify(`${host}${pathname}`)}`
}

export async function runImport(source: Source, options: ImportOptions): Promise<ImportResult> {
  const { root, contentDir } = options
  const { site } = source.index
  const report = new ImportReport()
  const name = importName(source)
  const manifestFile = path.join(contentDir, IMPORTS_DIR, `${name}.json`)
  const reportFile = path.join(contentDir, IMPORTS_DIR, `${name}.report.md`)
  const previous: ImportManifest | null = readImportManifest(root, manifestFile)
  const files: ImportManifest['files'] = {}
  const redirects = new Map<string, string>()
  const pictures = new PictureCopier(path.join(root, picturesDir(contentDir)), options.pictures, source.pictureFile)
  /** Where each live post or page went, by source id: its attachments' pages follow it. */
  const homes = new Map<string, string>()
  // Every first path segment the site itself answers: an old URL there would hide a page of the site.
  const reserved = siteSegments(root)
  const redirect = (from: string, to: string) => {
    if (from === '' || redirectKey(to) === from || redirects.has(from)) return
    if (reserved.has(firstSegment(from))) return
    redirects.set(from, to)
  }
  const redirectEntry = (entry: Pick<SourceEntry, 'id' | 'oldPaths' | 'oldQueries'>, to: string) => {
    homes.set(entry.id, to)
    for (const old of entry.oldPaths) redirect(redirectKey(old), to)
    for (const query of entry.oldQueries) {
      const [key = '', value = ''] = query.split('=')
      redirect(queryKey(site.base, key, value), to)
    }
  }

  // Sections: every mapping names a section of content/sections.yml.
  const sections = readSections(root, contentDir)
  const sectionNamed = (wanted: string) =>
    sections.find((section) => section.name.toLowerCase() === wanted.toLowerCase())
  const defaultSection = options.defaultSection ? sectionNamed(options.defaultSection) : sections[0]
  if (!defaultSection)
    throw new Error(`--default-section "${options.defaultSection}" is not a section in ${contentDir}/sections.yml.`)
  const mapped = new Map<string, SiteSection>()
  for (const [category, section] of options.sections) {
    const found = sectionNamed(section)
    if (!found) {
      throw new Error(
        `--section "${category}=${section}": "${section}" is not a section in ${contentDir}/sections.yml (${sections.map((s) => s.name).join(', ')}).`,
      )
    }
    mapped.set(category.toLowerCase(), found)
  }
  const sectionOf = (term: SourceTerm) => mapped.get(term.slug.toLowerCase()) ?? mapped.get(term.name.toLowerCase())
  const unmapped = new Map<string, number>()

  // People: mapped to an existing profile, matched by id or name, or a new profile.
  const profilesDir = path.join(root, contentDir, AUTHORS_DIR)
  const profiles = new Set(existingIds(profilesDir))
  const authorIds = new Map<string, string>()
  const newAuthors: SourceAuthor[] = []
  for (const author of source.index.authors) {
    const chosen = options.authors.get(author.key)
    if (chosen !== undefined) {
      if (!profiles.has(chosen))
        throw new Error(`--author "${author.key}=${chosen}": there is no ${contentDir}/${AUTHORS_DIR}/${chosen}.mdx.`)
      authorIds.set(author.key, chosen)
      continue
    }
    const byName = slugify(author.name)
    const existing = [author.slug, byName].find((id) => profiles.has(id))
    if (existing) {
      authorIds.set(author.key, existing)
      report.notes.push(`author ${author.name} (${author.key}) is the existing profile ${existing}`)
    } else {
      authorIds.set(author.key, author.slug)
      newAuthors.push(author)
    }
  }
  const used = new Set<string>()

  // Slugs: the one an earlier import gave, else the old slug made the site's way, never another article's.
  const postsDir = path.join(root, contentDir, 'posts')
  const taken = new Set(existingIds(postsDir))
  const previousFiles = previous?.files ?? {}
  const ours = new Set(Object.values(previousFiles).map(({ file }) => path.basename(file, '.mdx')))
  const slugs = new Map<string, string>()
  const planned = new Set<string>()
  const articleEntries = source.index.entries.filter((entry) => entry.kind === 'post')
  for (const entry of articleEntries) {
    const earlier = previousFiles[entry.id]
    if (earlier) {
      slugs.set(entry.id, path.basename(earlier.file, '.mdx'))
      planned.add(path.basename(earlier.file, '.mdx'))
      continue
    }
    const wanted = slugify(entry.slug) || slugify(entry.title) || `post-${slugify(entry.id)}`
    let slug = wanted
    for (let n = 2; (taken.has(slug) && !ours.has(slug)) || planned.has(slug); n += 1) slug = `${wanted}-${n}`
    slugs.set(entry.id, slug)
    planned.add(slug)
  }
  // Links inside bodies to posts that will be live go straight to their new URLs.
  const entriesById = new Map(source.index.entries.map((entry) => [entry.id, entry]))
  const linkTargets = new Map<string, string>()
  const live = (entry: SourceEntry) => entry.status === 'published' || entry.status === 'scheduled'
  for (const entry of articleEntries) {
    const slug = slugs.get(entry.id)
    if (!slug || !live(entry)) continue
    for (const old of entry.oldPaths) linkTargets.set(redirectKey(old), `/posts/${slug}`)
    for (const query of entry.oldQueries) {
      const [key = '', value = ''] = query.split('=')
      linkTargets.set(queryKey(site.base, key, value), `/posts/${slug}`)
    }
  }
  const oldSite = new URL(site.url)
  const sameSite = (url: URL) => url.host.replace(/^www\./, '') === oldSite.host.replace(/^www\./, '')

  const datedPaths: { oldPaths: readonly string[]; date: Date }[] = []
  const publishedTags = new Map<string, string>()
  /** The categories and tags of published posts, each once, by the first of its old paths. */
  const liveTerms = new Map<string, SourceTerm>()
  const markLive = (term: SourceTerm) => liveTerms.set(term.oldPaths[0] ?? term.slug, term)
  const total = source.index.entries.filter((entry) => entry.kind !== 'attachment').length
  let done = 0

  for await (const article of source.articles()) {
    done += 1
    options.progress?.(done, total)
    const title = plainText(article.title) || summarize(plainText(article.html), 70) || `Untitled ${article.id}`
    const entry: ReportEntry = { outcome: 'skipped', source: article.id, title, warnings: [...article.warnings] }
    report.add(entry)
    if (!plainText(article.title)) entry.warnings.push('had no title: its first words are its title')
    const skip = (reason: string) => {
      entry.outcome = 'skipped'
      entry.reason = reason
    }
    if (article.status === 'private') {
      skip('not public on the old site (private, or for members only): left out')
      continue
    }
    if (article.status === 'password') {
      skip('password-protected on the old site')
      continue
    }
    if (article.status === 'trash') {
      skip('in the trash')
      continue
    }
    if (article.kind === 'page') {
      await importPage(article, title, entry)
      continue
    }
    const slug = slugs.get(article.id)
    if (!slug) {
      skip('not in the export’s index (read twice, the export changed between readings?)')
      continue
    }
    const file = path.join(contentDir, 'posts', `${slug}.mdx`)
    entry.file = file
    const warn = (message: string) => {
      if (!entry.warnings.includes(message)) entry.warnings.push(message)
    }

    // Status and date: WordPress's "publish" with a date to come and "future" are both a scheduled story here.
    const date = article.date ?? options.now
    const scheduled = article.status !== 'draft' && date > options.now
    if (article.status === 'scheduled' && !scheduled)
      warn(`was scheduled for ${gmtTime(date)}, which has passed: imported as published`)
    if (!article.date) warn('had no date: dated the day of the import')
    const published = article.status !== 'draft' && !scheduled

    // Section and tags: the first mapped category is the section; other categories are topics.
    const section = article.categories.map(sectionOf).find(Boolean) ?? defaultSection
    for (const category of article.categories) {
      if (!sectionOf(category)) unmapped.set(category.name, (unmapped.get(category.name) ?? 0) + 1)
    }
    const topicTerms = [
      ...article.categories.filter((category) => !sectionOf(category) && category.slug !== 'uncategorized'),
      ...article.tags,
    ]
    const tags: string[] = []
    for (const term of topicTerms) {
      const tagSlug = slugify(term.name)
      if (!tagSlug) continue
      const spelling = publishedTags.get(tagSlug) ?? term.name
      if (!tags.some((tag) => slugify(tag) === tagSlug)) tags.push(spelling)
      if (published) {
        publishedTags.set(tagSlug, spelling)
        markLive(term)
      }
    }
    if (published) for (const category of article.categories) if (sectionOf(category)) markLive(category)
    const authors = article.authors.flatMap((key) => {
      const id = authorIds.get(key)
      if (!id) warn(`author "${key}" is not among the export's people: left off the byline`)
      else used.add(key)
      return id ? [id] : []
    })

    // Pictures: the featured image leads where it is wide enough; otherwise it opens the body.
    let image: Pick<ImportedFrontMatter, 'image' | 'imageAlt' | 'imageCaption'> = {}
    let opening = ''
    if (article.featured) {
      const picture = await pictures.get(article.featured.url)
      if (!picture.ok) warn(`featured image left out: ${picture.reason}`)
      else {
        const alt = altText(article.featured.alt, article.featured.title, article.featured.caption, title, warn)
        const narrow = await pictures.leadProblem(picture.src)
        if (narrow) {
          warn(`${narrow}; it opens the body instead`)
          opening = `<Figure src="${picture.src}" alt="${attributeText(alt)}"${article.featured.caption ? ` caption="${attributeText(article.featured.caption)}"` : ''} />\n\n`
        } else {
          image = {
            image: picture.src,
            imageAlt: alt,
            ...(article.featured.caption ? { imageCaption: article.featured.caption } : {}),
          }
        }
      }
    }
    const body = opening + (await convertBody(article.html, warn, file))
    const summary = summarize(plainText(article.excerpt)) || summarize(openingText(article.html)) || title
    const frontMatter: ImportedFrontMatter = {
      title,
      date: gmtTime(date),
      summary,
      category: section.name,
      tags,
      authors,
      ...image,
      ...(article.status === 'draft' ? { draft: true } : {}),
    }
    await writeTracked(article.id, file, articleFile(frontMatter, body), entry)
    // Written now, before, or kept as an editor left it: its old addresses lead to it.
    if (published && entry.outcome !== 'skipped') {
      const known = entriesById.get(article.id)
      if (known) redirectEntry(known, `/posts/${slug}`)
      datedPaths.push({ oldPaths: known?.oldPaths ?? [], date })
    }
  }

  dateArchives()
  // Attachments' pages go to the article they belonged to, when it is live.
  for (const entry of source.index.entries) {
    if (entry.kind !== 'attachment' || !entry.parent) continue
    const target = homes.get(entry.parent)
    if (target) redirectEntry(entry, target)
  }
  // Topics and sections: where the old site's category and tag pages went.
  for (const term of liveTerms.values()) {
    const section = sectionOf(term)
    const tagSlug = slugify(term.name)
    const [page, feed] = section
      ? [sectionPath(section.slug), sectionFeedPath(section.slug)]
      : publishedTags.has(tagSlug)
        ? [tagPath(tagSlug), tagFeedPath(tagSlug)]
        : [null, null]
    if (!page || !feed) continue
    for (const old of term.oldPaths)
      redirect(redirectKey(old), old.endsWith('/feed') || old.endsWith('/rss') ? feed : page)
    for (const query of term.oldQueries) {
      const [key = '', value = ''] = query.split('=')
      redirect(queryKey(site.base, key, value), page)
    }
  }
  for (const author of source.index.authors) {
    const id = authorIds.get(author.key)
    if (!id || !used.has(author.key)) continue
    redirectEntry(
      { id: `author:${author.key}`, oldPaths: author.oldPaths, oldQueries: author.oldQueries },
      authorPath(id),
    )
  }
  for (const feed of site.feedPaths) redirect(redirectKey(feed), siteConfig.feeds.rss)

  await writeProfiles()
  if (unmapped.size > 0) {
    const list = [...unmapped].map(([category, count]) => `${category} (${count})`).join(', ')
    report.notes.push(
      `categories mapped to no section, with their posts: ${list}. A post none of whose categories is mapped is filed under ${defaultSection.name}, and each of these is kept as a topic (but Uncategorized). Choose with --section "<category>=<section>".`,
    )
  }
  for (const skipped of site.skipped) report.notes.push(`${skipped} in the export are not content: not imported`)
  report.redirects = redirects.size
  report.pictures = pictures.copied
  const manifest: ImportManifest = {
    source: site.kind,
    site: site.url,
    importedAt: options.now.toISOString(),
    files,
    redirects: [...redirects].sort(byFrom),
  }
  await mkdir(path.join(root, contentDir, IMPORTS_DIR), { recursive: true })
  await writeFile(path.join(root, manifestFile), manifestText(manifest))
  await writeFile(path.join(root, reportFile), report.markdown(`Import of ${site.title || site.url}`))
  return { report, manifestFile, reportFile }

  // --- the steps above, sharing this import's state ---

  /** The body as MDX the site's own check accepts; where the conversion would not pass it, the text alone. */
  async function convertBody(html: string, warn: (message: string) => void, file: string): Promise<string> {
    const pending: Promise<void>[] = []
    const found = new Map<string, { src: string; alt: string } | null>()
    // Pictures are copied first (asynchronously), then the conversion reads their site paths.
    for (const match of html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
      const url = new URL(match[1] ?? '', site.url).toString()
      if (found.has(url)) continue
      found.set(url, null)
      pending.push(
        pictures.get(url).then((result) => {
          if (result.ok) found.set(url, { src: result.src, alt: '' })
          else warn(result.reason)
        }),
      )
    }
    await Promise.all(pending)
    const body = htmlToMdx(html, {
      link: (href) => link(href, warn),
      picture: (src, alt) => {
        const url = new URL(src, site.url).toString()
        const copied = found.get(url)
        if (!copied) return null
        const known = source.describe(url)
        return {
          src: copied.src,
          alt: alt.trim() || altText(known?.alt ?? '', known?.title ?? '', known?.caption ?? '', '', warn, copied.src),
        }
      },
      warn,
    })
    const check = await checkMdx(file, body, 1)
    const problems = check.findings.flatMap((finding) => ('message' in finding ? [finding.message] : []))
    if (problems.length === 0) return body
    warn(`the converted body did not pass the site's check (${problems[0]}): imported as plain text`)
    return plainBody(html)
  }

  function link(href: string, warn: (message: string) => void): string | null {
    let url: URL
    try {
      url = new URL(href, site.url)
    } catch {
      warn(`link "${href}" is not a URL: its text kept without it`)
      return null
    }
    if (!/^(https?|mailto|tel):$/.test(url.protocol)) {
      warn(`link "${href}" dropped: only web, email and phone links are allowed`)
      return null
    }
    if (url.protocol.startsWith('http') && sameSite(url)) {
      const key = redirectKey(url.pathname)
      for (const [name, value] of url.searchParams) {
        const target = linkTargets.get(queryKey(key, name, value))
        if (target) return target
      }
      const target = linkTargets.get(key)
      if (target) return `${target}${url.hash}`
    }
    return url.protocol.startsWith('http') ? url.toString() : href
  }

  /** What a picture shows, from the old site's alt text, else its title or caption, else the article's headline. */
  function altText(
    alt: string,
    pictureTitle: string,
    caption: string,
    articleTitle: string,
    warn: (message: string) => void,
    src = '',
  ): string {
    if (alt.trim()) return alt.trim()
    const fallback = pictureTitle.trim() || caption.trim()
    if (fallback) {
      warn(
        `picture ${src || ''} had no alt text: its ${pictureTitle.trim() ? 'title' : 'caption'} “${fallback}” is used; check it says what the picture shows`.replace(
          '  ',
          ' ',
        ),
      )
      return fallback
    }
    const written = articleTitle ? `A picture from “${articleTitle}”` : 'A picture from the original article'
    warn(`picture ${src} had no alt text: “${written}” is written in its place; say what it shows`.replace('  ', ' '))
    return written
  }

  /** Writes a file this import owns, unless an editor changed it since the last import; records it. */
  async function writeTracked(id: string, file: string, text: string, entry: ReportEntry) {
    const full = path.join(root, file)
    const earlier = previousFiles[id]
    const current = existsSync(full) ? readFileSync(full, 'utf8') : null
    if (current !== null && earlier && sha256(current) !== earlier.sha256) {
      entry.outcome = 'kept'
      entry.reason = 'edited since the last import; the export’s version was not written'
      files[id] = earlier
      return
    }
    if (current !== null && !earlier) {
      entry.outcome = 'skipped'
      entry.reason = `${file} is already the site's, not this import's: left as it is`
      return
    }
    files[id] = { file, sha256: sha256(text) }
    if (current === text) {
      entry.outcome = 'unchanged'
      return
    }
    await mkdir(path.dirname(full), { recursive: true })
    await writeFile(full, text)
    entry.outcome = current === null ? 'imported' : 'updated'
  }

  async function importPage(article: SourceArticle, title: string, entry: ReportEntry) {
    const slug = slugify(entriesById.get(article.id)?.slug ?? '') || slugify(title)
    const page = SITE_PAGES.find((candidate) => candidate.slug === slug && candidate.slug !== 'masthead')
    if (!page) {
      entry.outcome = 'skipped'
      entry.reason = `a page: the site's own pages are ${SITE_PAGES.map((p) => p.slug).join(', ')}; copy it into one of them or an article if it is still needed`
      return
    }
    const file = path.join(contentDir, SITE_PAGES_DIR, `${page.slug}.mdx`)
    entry.file = file
    const warn = (message: string) => entry.warnings.push(message)
    const body = await convertBody(article.html, warn, file)
    const description = summarize(plainText(article.excerpt)) || summarize(openingText(article.html)) || title
    await writeTracked(article.id, file, pageFile(title, description, body), entry)
    const known = entriesById.get(article.id)
    if (known && article.status === 'published') redirectEntry(known, `/${page.slug}`)
  }

  /**
   * The old site's date archives (/2013/01/, /2013/) that its date-based permalinks imply, to the site's
   * archive of the same month where it has one; else (a story near midnight filed in the newsroom's zone
   * under the month before) to the month the story is in here.
   */
  function dateArchives() {
    const base = redirectKey(site.base)
    const prefix = base === '/' ? '' : base
    const dated = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\d{4})/(\\d{2})(?:/(\\d{2}))?/`)
    const months = new Set(
      datedPaths.map(({ date }) => zonedYearMonth(date.toISOString())).map(({ year, month }) => `${year}/${month}`),
    )
    const years = new Set([...months].map((month) => month.split('/')[0]))
    for (const { oldPaths, date } of datedPaths) {
      const here = zonedYearMonth(date.toISOString())
      for (const old of oldPaths) {
        const match = dated.exec(`${redirectKey(old)}/`)
        if (!match) continue
        const [, year = '', month = '', day] = match
        const sameMonth = months.has(`${Number(year)}/${Number(month)}`)
        const monthPage = sameMonth ? archiveUrl(Number(year), Number(month)) : archiveUrl(here.year, here.month)
        redirect(
          `${prefix}/${year}`,
          years.has(String(Number(year))) ? archiveUrl(Number(year)) : archiveUrl(here.year),
        )
        redirect(`${prefix}/${year}/${month}`, monthPage)
        if (day) redirect(`${prefix}/${year}/${month}/${day}`, monthPage)
      }
    }
  }

  async function writeProfiles() {
    for (const author of newAuthors) {
      if (!used.has(author.key)) continue
      const file = path.join(contentDir, AUTHORS_DIR, `${author.slug}.mdx`)
      const links =
        author.website && /^https:\/\//.test(author.website) ? `links: [${JSON.stringify(author.website)}]\n` : ''
      const bio = author.bio.trim() || `${author.name} wrote for ${site.title || new URL(site.url).host}.`
      const text = `---\nname: ${JSON.stringify(author.name)}\ntitle: Contributor\n${links}---\n\n${bio}\n`
      const entry: ReportEntry = {
        outcome: 'skipped',
        source: `author ${author.key}`,
        title: author.name,
        warnings: [],
        file,
      }
      await writeTracked(`author:${author.key}`, file, text, entry)
      if (entry.outcome === 'imported') {
        report.notes.push(
          `profile ${file} written for ${author.name}, with the role “Contributor”${author.bio.trim() ? '' : ' and a one-line bio'}: edit it (a photo, their real role, a bio)`,
        )
      }
    }
  }
}

/** The record as JSON with an entry a line, so a later import's changes read as a diff of those lines. */
function manifestText(manifest: ImportManifest): string {
  const lines = (entries: string[]) => (entries.length ? `\n${entries.join(',\n')}\n` : '')
  const files = Object.entries(manifest.files).map(([id, file]) => `${JSON.stringify(id)}:${JSON.stringify(file)}`)
  return `{"source":${JSON.stringify(manifest.source)},"site":${JSON.stringify(manifest.site)},"importedAt":${JSON.stringify(manifest.importedAt)},
"files":{${lines(files)}},
"redirects":[${lines(manifest.redirects.map((pair) => JSON.stringify(pair)))}]}
`
}

/** An attribute's text as JSX writes it between double quotes. */
const attributeText = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
