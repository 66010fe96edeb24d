import { decoded } from '../content/redirects'
import { slugify } from '../urls'
import { readWxr, type WxrChannel, type WxrItem, type WxrTerm } from './wxr'
import { wordpressHtml } from './wordpress-body'
import { originalFile } from './pictures'
import { plainText } from './html-to-mdx'
import type {
  Source,
  SourceArticle,
  SourceAuthor,
  SourceEntry,
  SourcePicture,
  SourceStatus,
  SourceTerm,
} from './source'

/**
 * A WordPress export as an import source. The file is read twice, as a
 * stream: first everything but the bodies (people, terms, every entry's old
 * URLs, the attachments' pictures), so that slugs and links are known, then
 * the posts and pages one at a time with their bodies.
 */

/** A path without its trailing slash ('' for the root), as old URLs are compared. */
const trimSlash = (pathname: string) => pathname.replace(/\/+$/, '')

/** A WordPress date-time in GMT ('2013-01-11 20:22:19'), or null for the zero date drafts carry. */
function gmtDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
  if (!match || match[1] === '0000') return null
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

function status(item: WxrItem): SourceStatus {
  if (item.password.trim()) return 'password'
  switch (item.status) {
    case 'publish':
      return 'published'
    case 'future':
      return 'scheduled'
    case 'private':
      return 'private'
    case 'trash':
      return 'trash'
    case 'inherit':
      return 'published'
    default:
      // draft, pending, auto-draft
      return 'draft'
  }
}

/** The path part of an old URL, under the old site (its host, or relative). */
function oldPath(url: string, site: URL): string | null {
  try {
    const parsed = new URL(url, site)
    return parsed.host === site.host ? trimSlash(parsed.pathname) : null
  } catch {
    return null
  }
}

function termPaths(base: string, kind: 'category' | 'tag', chain: string[]) {
  const slug = chain[chain.length - 1] ?? ''
  const paths = [`${base}/${kind}/${chain.join('/')}`, `${base}/${kind}/${slug}`]
  return [...new Set([...paths, ...paths.map((path) => `${path}/feed`)])]
}

function categoryTerms(categories: readonly WxrTerm[], base: string): Map<string, SourceTerm> {
  const bySlug = new Map(categories.map((category) => [category.slug, category]))
  const chain = (category: WxrTerm, seen = new Set<string>()): string[] => {
    const parent = bySlug.get(category.parent)
    if (!parent || seen.has(parent.slug)) return [category.slug]
    seen.add(category.slug)
    return [...chain(parent, seen), category.slug]
  }
  return new Map(
    categories.map((category) => [
      category.slug,
      {
        // WordPress keeps term names HTML-escaped ("Policy &amp; Law").
        name: plainText(category.name),
        slug: category.slug,
        oldPaths: termPaths(base, 'category', chain(category)),
        oldQueries: category.id ? [`cat=${category.id}`] : [],
      },
    ]),
  )
}

function tagTerms(tags: readonly WxrTerm[], base: string): Map<string, SourceTerm> {
  return new Map(
    tags.map((tag) => [
      tag.slug,
      {
        name: plainText(tag.name),
        slug: tag.slug,
        oldPaths: termPaths(base, 'tag', [tag.slug]),
        oldQueries: [`tag=${tag.slug}`],
      },
    ]),
  )
}

function author(wxr: WxrChannel['authors'][number], base: string): SourceAuthor {
  const name = plainText(wxr.displayName || [wxr.firstName, wxr.lastName].filter(Boolean).join(' ') || wxr.login)
  return {
    key: wxr.login,
    slug: slugify(wxr.login) || slugify(name),
    name,
    bio: '',
    website: '',
    oldPaths: [`${base}/author/${wxr.login}`, `${base}/author/${wxr.login}/feed`],
    oldQueries: wxr.id ? [`author=${wxr.id}`] : [],
  }
}

const picture = (item: WxrItem): SourcePicture => ({
  url: item.attachmentUrl,
  alt: (item.meta.get('_wp_attachment_image_alt') ?? '').trim(),
  caption: item.excerpt.trim(),
  title: item.title.trim(),
})

/**
 * Where an upload's file is under the uploads folder: the part of its URL after /wp-content/uploads/, or
 * WordPress.com's /files/ or its <site>.files.wordpress.com host.
 */
export function uploadsFile(url: string): string | null {
  try {
    const { host, pathname } = new URL(url, 'https://old.invalid')
    const match = host.endsWith('.files.wordpress.com')
      ? /^\/(.+)$/.exec(pathname)
      : /\/(?:wp-content\/uploads|files)\/(.+)$/.exec(pathname)
    return match?.[1] ? match[1].split('/').map(decoded).join('/') : null
  } catch {
    return null
  }
}

export async function readWordpress(file: string): Promise<Source> {
  // Set by the reader before the first item; an object so TypeScript sees the callback's write.
  const seen: { channel: WxrChannel | null } = { channel: null }
  const entries: SourceEntry[] = []
  const attachments = new Map<string, SourcePicture>()
  const byParent = new Map<string, { id: string; picture: SourcePicture }[]>()
  const skippedTypes = new Map<string, number>()

  for await (const item of readWxr(file, (read) => (seen.channel = read))) {
    const kind = item.type
    if (kind === 'attachment') {
      const pictureOf = picture(item)
      attachments.set(item.id, pictureOf)
      if (item.parent && item.parent !== '0') {
        byParent.set(item.parent, [...(byParent.get(item.parent) ?? []), { id: item.id, picture: pictureOf }])
      }
    }
    if (kind !== 'post' && kind !== 'page' && kind !== 'attachment') {
      skippedTypes.set(kind, (skippedTypes.get(kind) ?? 0) + 1)
      continue
    }
    entries.push({
      id: `wp:${item.id}`,
      kind,
      status: status(item),
      title: item.title.trim(),
      slug: decoded(item.name.trim()),
      oldPaths: [],
      oldQueries: [`${kind === 'post' ? 'p' : kind === 'page' ? 'page_id' : 'attachment_id'}=${item.id}`],
      ...(kind === 'attachment' && item.parent !== '0' ? { parent: `wp:${item.parent}` } : {}),
    })
    // The link is read after the site, below: the channel comes before the first item.
    const entry = entries[entries.length - 1]
    if (entry && seen.channel) {
      const path = oldPath(item.link, siteUrl(seen.channel))
      if (path !== null && path !== baseOf(seen.channel)) entry.oldPaths.push(path)
    }
  }
  const read = seen.channel
  if (!read) throw new Error(`${file} is not a WordPress export: it has no <channel>.`)
  const site = siteUrl(read)
  const base = baseOf(read)
  const categories = categoryTerms(read.categories, base)
  const tags = tagTerms(read.tags, base)
  const authors = read.authors.map((wxr) => author(wxr, base))

  // The attachments by their upload's file, the size WordPress resized it to left out (photo-300x200.jpg).
  const byFile = new Map<string, SourcePicture>()
  for (const picture of attachments.values()) {
    const file = uploadsFile(picture.url)
    if (file !== null) byFile.set(originalFile(file), picture)
  }

  async function* articles(): AsyncIterable<SourceArticle> {
    for await (const item of readWxr(file)) {
      if (item.type !== 'post' && item.type !== 'page') continue
      const warnings: string[] = []
      const own = byParent.get(item.id) ?? []
      const html = wordpressHtml(item.content, {
        attachments: own,
        attachment: (id) => attachments.get(id) ?? null,
        warn: (message) => warnings.push(message),
      })
      const featuredId = item.meta.get('_thumbnail_id')
      const terms = (domain: string, from: Map<string, SourceTerm>) =>
        item.terms
          .filter((term) => term.domain === domain)
          .map(
            (term) =>
              from.get(term.slug) ?? {
                name: plainText(term.name),
                slug: term.slug,
                oldPaths: termPaths(base, domain === 'category' ? 'category' : 'tag', [term.slug]),
                oldQueries: [],
              },
          )
      yield {
        id: `wp:${item.id}`,
        kind: item.type,
        status: status(item),
        title: item.title.trim(),
        date: gmtDate(item.dateGmt) ?? (item.status === 'publish' ? gmtDate(item.date) : null),
        updated: gmtDate(item.modifiedGmt),
        authors: item.creator.trim() ? [item.creator.trim()] : [],
        categories: terms('category', categories),
        tags: terms('post_tag', tags),
        excerpt: item.excerpt.trim(),
        html,
        featured: featuredId ? (attachments.get(featuredId) ?? null) : null,
        warnings,
      }
    }
  }

  return {
    index: {
      site: {
        kind: 'wordpress',
        title: read.title,
        url: site.toString(),
        base,
        feedPaths: [`${base}/feed`, `${base}/feed/atom`, `${base}/feed/rss2`, `${base}/rss`, `${base}/comments/feed`],
        skipped: [...skippedTypes].map(([type, count]) => `${count} ${type} ${count === 1 ? 'entry' : 'entries'}`),
      },
      authors,
      entries,
      categories: [...categories.values()],
      tags: [...tags.values()],
    },
    articles,
    pictureFile: uploadsFile,
    describe: (url) => {
      const file = uploadsFile(url)
      return file === null ? null : (byFile.get(originalFile(file)) ?? null)
    },
  }
}

function siteUrl(channel: WxrChannel): URL {
  const address = channel.baseBlogUrl || channel.link
  try {
    return new URL(address.endsWith('/') ? address : `${address}/`)
  } catch {
    throw new Error(`The export's blog address "${address}" is not a URL.`)
  }
}

/** The path the blog lived under: '' at the root, '/blog' in a subfolder. */
const baseOf = (channel: WxrChannel) => trimSlash(siteUrl(channel).pathname)
