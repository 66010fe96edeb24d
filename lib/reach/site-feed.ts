import 'server-only'
import { articleHtml } from './article-html'
import {
  absoluteUrl,
  authorPath,
  correctionsFeedPath,
  correctionsPath,
  sectionFeedPath,
  sectionPath,
  socialCardPath,
  tagFeedPath,
  tagPath,
} from '../urls'
import { renderFeed, type FeedFormat, type FeedItem } from './feed'
import {
  getArticleBody,
  getLatestCorrections,
  getLatestPublished,
  getPublishedLookup,
  type Post,
} from '../content/posts'
import { inlineRelatedSlugs } from '../checks/references'
import { siteConfig } from '../site'
import { bylineOf } from '../content/authors'
import { escapeHtml } from '../utils'
import {
  correctionLabels,
  modifiedAt,
  noteAnchor,
  notesAbove,
  notesBelow,
  type CorrectionNote,
} from '../content/corrections'
import { formatDateTime } from '../dates'
import { getImage } from '../content/images'

/** Notes as HTML for a feed item, where readers see them without our page's styles. */
function notesHtml(notes: readonly CorrectionNote[]): string {
  return notes
    .map(
      (note) =>
        `<p><strong>${correctionLabels[note.kind]}, ${escapeHtml(formatDateTime(note.date))}:</strong> ${escapeHtml(note.text)}</p>`,
    )
    .join('')
}

const contentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

async function feedItem(post: Post, raw: string, published: (slug: string) => Post | undefined): Promise<FeedItem> {
  const url = absoluteUrl(post.url)
  const body = await articleHtml(raw, {
    url,
    lookup: (slug) => {
      const target = published(slug)
      return target && { title: target.title, url: absoluteUrl(target.url) }
    },
  })
  const lead = post.image ? getImage(post.image) : undefined
  // Feed readers show the item, not our page, so the disclosure travels with it, before any link.
  const notice = post.affiliate ? `<p><em>${escapeHtml(siteConfig.affiliate.notice)}</em></p>` : ''
  return {
    title: post.title,
    url,
    summary: post.summary,
    // Corrections come first, as on the page; updates follow the story.
    html: notesHtml(notesAbove(post)) + notice + body + notesHtml(notesBelow(post)),
    date: post.date,
    updated: modifiedAt(post),
    authors: bylineOf(post).authors.map((author) => ({ name: author.name, url: absoluteUrl(authorPath(author.id)) })),
    category: post.category,
    tags: post.tags,
    // The lead image's 16:9 crop when there is one, the generated card otherwise.
    image: lead
      ? { url: absoluteUrl(lead.crops['16x9']), type: 'image/jpeg' }
      : { url: absoluteUrl(socialCardPath(post.url)), type: 'image/png' },
  }
}

/** One tag's or one section's articles, for its own feed. */
export type FeedScope = { kind: 'tag' | 'section'; slug: string; name: string }

/** The site's feed, or one tag's or section's, in a format; published articles only, on every kind of deploy. */
export async function feedResponse(format: FeedFormat, scope?: FeedScope): Promise<Response> {
  const posts = await getLatestPublished(
    scope ? { kind: scope.kind, slug: scope.slug } : { kind: 'home' },
    siteConfig.feedItems,
  )
  const withBodies = await Promise.all(posts.map(async (post) => ({ post, raw: (await getArticleBody(post)).raw })))
  // The articles the bodies' <Related> cards name, read at once.
  const published = await getPublishedLookup(withBodies.flatMap(({ raw }) => inlineRelatedSlugs(raw)))
  const page = scope ? (scope.kind === 'tag' ? tagPath(scope.slug) : sectionPath(scope.slug)) : '/'
  const body = renderFeed(
    format,
    {
      title: scope ? `${siteConfig.name}: ${scope.name}` : siteConfig.name,
      description: scope ? `${scope.name} articles from ${siteConfig.name}.` : siteConfig.description,
      link: absoluteUrl(page),
      feedLinks: scope
        ? { rss: absoluteUrl(scope.kind === 'tag' ? tagFeedPath(scope.slug) : sectionFeedPath(scope.slug)) }
        : {
            rss: absoluteUrl(siteConfig.feeds.rss),
            atom: absoluteUrl(siteConfig.feeds.atom),
            json: absoluteUrl(siteConfig.feeds.json),
          },
      language: 'en',
      copyright: `© ${siteConfig.name}`,
      image: absoluteUrl('/logo.png'),
    },
    await Promise.all(withBodies.map(({ post, raw }) => feedItem(post, raw, published))),
  )
  return new Response(body, { headers: { 'Content-Type': contentTypes[format] } })
}

/**
 * Every correction, clarification and update, newest first, as RSS: one item
 * a note, linking to the note on its article, so a reader who follows the
 * site's corrections sees each once.
 */
export async function correctionsFeedResponse(): Promise<Response> {
  const items: FeedItem[] = (await getLatestCorrections(siteConfig.feedItems)).map(({ post, note }) => ({
    title: `${correctionLabels[note.kind]}: ${post.title}`,
    url: absoluteUrl(`${post.url}#${noteAnchor(post, note)}`),
    summary: note.text,
    html: `<p>${escapeHtml(note.text)}</p>`,
    date: note.date,
    authors: [{ name: siteConfig.name, url: siteConfig.url }],
    category: post.category,
    tags: [],
  }))
  const body = renderFeed(
    'rss',
    {
      title: `${siteConfig.name}: corrections`,
      description: `Corrections, clarifications and updates to ${siteConfig.name} articles.`,
      link: absoluteUrl(correctionsPath),
      feedLinks: { rss: absoluteUrl(correctionsFeedPath) },
      language: 'en',
      copyright: `© ${siteConfig.name}`,
      image: absoluteUrl('/logo.png'),
    },
    items,
  )
  return new Response(body, { headers: { 'Content-Type': contentTypes.rss } })
}
