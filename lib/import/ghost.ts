import { readFile } from 'node:fs/promises'
import { decoded } from '../content/redirects'
import { slugify } from '../urls'
import { lexicalHtml, mobiledocHtml } from './ghost-cards'
import type { Source, SourceArticle, SourceAuthor, SourceEntry, SourceStatus, SourceTerm } from './source'

/**
 * A Ghost export (Settings → Advanced → Export: JSON with `db[0].data`
 * holding posts, posts_meta, tags, posts_tags, users, posts_authors) as an
 * import source. Ghost writes its own address in bodies as __GHOST_URL__;
 * `--site` says what it was, so links and pictures resolve (else
 * https://ghost.invalid). Ghost exports are read whole: the format is one
 * JSON document.
 */

type Row = Record<string, unknown>

const text = (row: Row, key: string) => {
  const value = row[key]
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)
const rows = (data: Row, key: string): Row[] => {
  const value = data[key]
  return Array.isArray(value) ? value.filter(isRow) : []
}

function exportData(document: unknown): Row {
  const db = isRow(document) ? document.db : undefined
  const first = Array.isArray(db) ? db[0] : document
  const data = isRow(first) ? first.data : undefined
  if (!isRow(data) || !Array.isArray(data.posts)) {
    throw new Error('not a Ghost export: it has no db[0].data.posts (Ghost: Settings → Advanced → Export content)')
  }
  return data
}

function status(post: Row): SourceStatus {
  switch (text(post, 'status')) {
    case 'published':
      return 'published'
    case 'scheduled':
      return 'scheduled'
    case 'draft':
      return 'draft'
    default:
      return 'private'
  }
}

const date = (value: string) => {
  if (!value) return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

/** Where a Ghost picture's file is under content/images: the part of its URL after /content/images/. */
export function ghostImagesFile(url: string): string | null {
  try {
    const { pathname } = new URL(url.replace('__GHOST_URL__', 'https://ghost.invalid'), 'https://ghost.invalid')
    const match = /\/content\/images\/(.+)$/.exec(pathname)
    return match?.[1] ? match[1].split('/').map(decoded).join('/') : null
  } catch {
    return null
  }
}

export async function readGhost(file: string, siteAddress = 'https://ghost.invalid'): Promise<Source> {
  const document: unknown = JSON.parse(await readFile(file, 'utf8'))
  const data = exportData(document)
  const site = new URL(siteAddress.endsWith('/') ? siteAddress : `${siteAddress}/`)
  const base = site.pathname.replace(/\/+$/, '')
  const absolute = (value: string) => value.replaceAll('__GHOST_URL__', site.toString().replace(/\/$/, ''))
  const settings = new Map(rows(data, 'settings').map((row) => [text(row, 'key'), text(row, 'value')]))

  const users = rows(data, 'users')
  const authors: SourceAuthor[] = users.map((user) => {
    const slug = text(user, 'slug') || slugify(text(user, 'name'))
    return {
      key: slugify(slug),
      slug: slugify(slug),
      name: text(user, 'name') || slug,
      bio: text(user, 'bio'),
      website: text(user, 'website'),
      oldPaths: [`${base}/author/${slug}`, `${base}/author/${slug}/rss`],
      oldQueries: [],
    }
  })
  // Internal tags (#name) organise Ghost's own templates; they are not topics.
  const tags = new Map(
    rows(data, 'tags')
      .filter((tag) => !text(tag, 'name').startsWith('#') && text(tag, 'visibility') !== 'internal')
      .map((tag): [string, SourceTerm] => {
        const slug = text(tag, 'slug')
        return [
          text(tag, 'id'),
          {
            name: text(tag, 'name'),
            slug,
            oldPaths: [`${base}/tag/${slug}`, `${base}/tag/${slug}/rss`],
            oldQueries: [],
          },
        ]
      }),
  )
  const byPost = <T>(table: string, value: (row: Row) => T | undefined) => {
    const map = new Map<string, { order: number; value: T }[]>()
    for (const row of rows(data, table)) {
      const found = value(row)
      if (found === undefined) continue
      const post = text(row, 'post_id')
      map.set(post, [...(map.get(post) ?? []), { order: Number(row.sort_order ?? 0), value: found }])
    }
    return (post: string) => (map.get(post) ?? []).sort((a, b) => a.order - b.order).map((entry) => entry.value)
  }
  const tagsOf = byPost('posts_tags', (row) => tags.get(text(row, 'tag_id')))
  const userSlugs = new Map(users.map((user) => [text(user, 'id'), slugify(text(user, 'slug') || text(user, 'name'))]))
  const authorsOf = byPost('posts_authors', (row) => userSlugs.get(text(row, 'author_id')))
  const meta = new Map(rows(data, 'posts_meta').map((row) => [text(row, 'post_id'), row]))

  const posts = rows(data, 'posts')
  const visibility = (post: Row) => text(post, 'visibility') || 'public'
  const entries: SourceEntry[] = posts.map((post) => ({
    id: `ghost:${text(post, 'id')}`,
    kind: text(post, 'type') === 'page' ? 'page' : 'post',
    status: visibility(post) === 'public' ? status(post) : 'private',
    title: text(post, 'title'),
    slug: text(post, 'slug'),
    oldPaths: [`${base}/${text(post, 'slug')}`],
    oldQueries: [],
  }))

  async function* articles(): AsyncIterable<SourceArticle> {
    for (const post of posts) {
      const id = text(post, 'id')
      const warnings: string[] = []
      const warn = (message: string) => warnings.push(message)
      let html = text(post, 'html')
      try {
        if (!html && text(post, 'lexical')) html = lexicalHtml(text(post, 'lexical'), warn)
        else if (!html && text(post, 'mobiledoc')) html = mobiledocHtml(text(post, 'mobiledoc'), warn)
      } catch (error) {
        warn(
          `its body could not be read (${error instanceof Error ? error.message : String(error)}): imported without it`,
        )
      }
      const postMeta = meta.get(id) ?? {}
      const feature = text(post, 'feature_image')
      const ghostStatus = text(post, 'status')
      const postVisibility = visibility(post)
      yield {
        id: `ghost:${id}`,
        kind: text(post, 'type') === 'page' ? 'page' : 'post',
        status: postVisibility === 'public' ? status(post) : 'private',
        title: text(post, 'title'),
        date: date(text(post, 'published_at')) ?? (ghostStatus === 'draft' ? null : date(text(post, 'created_at'))),
        updated: date(text(post, 'updated_at')),
        authors: authorsOf(id),
        // Ghost's first tag is its primary one, which themes show as the story's section.
        categories: tagsOf(id).slice(0, 1),
        tags: tagsOf(id).slice(1),
        excerpt: text(post, 'custom_excerpt'),
        html: absolute(html),
        featured: feature
          ? {
              url: absolute(feature),
              alt: text(postMeta, 'feature_image_alt'),
              caption: text(postMeta, 'feature_image_caption'),
              title: '',
            }
          : null,
        warnings: [
          ...warnings,
          ...(postVisibility !== 'public' ? [`for ${postVisibility} only on the old site`] : []),
          ...(ghostStatus === 'sent' ? ['sent as an email newsletter only, never on the site'] : []),
        ],
      }
    }
  }

  return {
    index: {
      site: {
        kind: 'ghost',
        title: settings.get('title') ?? '',
        url: site.toString(),
        base,
        feedPaths: [`${base}/rss`],
        skipped: [],
      },
      authors,
      entries,
      categories: [],
      tags: [...tags.values()],
    },
    articles,
    pictureFile: ghostImagesFile,
    // Ghost keeps a picture's alt text and caption in the body's HTML, where the conversion reads them.
    describe: () => null,
  }
}
