import type { Metadata } from 'next'
import type { NewsArticle, NewsMediaOrganization, ProfilePage, WithContext } from 'schema-dts'
import { absoluteUrl, authorPath, socialCardPath } from '../urls'
import { bylineOf } from '../content/authors'
import type { AuthorProfile } from '../content/bylines'
import type { Post } from '../content/posts'
import { modifiedAt, notesAbove } from '../content/corrections'
import { isoInZone } from '../dates'
import { getImage } from '../content/images'
import { contentEnvironment } from '../content/visibility'
import { siteConfig } from '../site'
import { sitePagePath, type SitePageSlug, type TrustProperty } from '../content/site-pages'

/**
 * A page's canonical URL plus the site feeds. Next replaces, not merges, a
 * parent's `alternates`, so every page that sets a canonical must repeat the
 * feed links here or lose feed autodiscovery.
 */
export function alternates(
  canonical: string,
  extraFeeds: { url: string; title: string }[] = [],
): Metadata['alternates'] {
  return {
    canonical,
    types: {
      'application/rss+xml': [{ url: siteConfig.feeds.rss, title: `${siteConfig.name} (RSS)` }, ...extraFeeds],
      'application/atom+xml': [{ url: siteConfig.feeds.atom, title: `${siteConfig.name} (Atom)` }],
      'application/feed+json': [{ url: siteConfig.feeds.json, title: `${siteConfig.name} (JSON Feed)` }],
    },
  }
}

/** Search and social metadata of an article; React escapes every value in the tags. */
export function articleMetadata(post: Post): Metadata {
  const canonical = post.canonical ?? post.url
  const { authors } = bylineOf(post)
  return {
    title: post.title,
    description: post.summary,
    authors: authors.map((author) => ({ name: author.name, url: authorPath(author.id) })),
    alternates: alternates(canonical),
    openGraph: {
      type: 'article',
      url: canonical,
      title: post.title,
      description: post.summary,
      siteName: siteConfig.name,
      locale: siteConfig.locale.replace('-', '_'),
      publishedTime: isoInZone(post.date),
      modifiedTime: isoInZone(modifiedAt(post) ?? post.date),
      section: post.category,
      tags: [...post.tags],
      authors: authors.map((author) => absoluteUrl(authorPath(author.id))),
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.summary },
    // Large previews in Google Discover and Top Stories; a preview deploy keeps its noindex.
    robots: contentEnvironment() === 'preview' ? { index: false, follow: false } : { 'max-image-preview': 'large' },
  }
}

/** Absolute URLs of the article's pictures for search engines: the lead image's 16:9, 4:3 and 1:1 crops, or the social card. */
export function articleImages(post: Post): string[] {
  const lead = post.image ? getImage(post.image) : undefined
  if (!lead) return [absoluteUrl(socialCardPath(post.url))]
  return [lead.crops['16x9'], lead.crops['4x3'], lead.crops['1x1']].map(absoluteUrl)
}

/**
 * An author as schema.org knows them: a Person, or the Organization a shared byline (a desk) is, with the
 * author page's URL.
 */
export function authorJsonLd(author: AuthorProfile) {
  const url = absoluteUrl(authorPath(author.id))
  return author.desk
    ? { '@type': 'Organization' as const, name: author.name, url }
    : { '@type': 'Person' as const, name: author.name, url, ...(author.title ? { jobTitle: author.title } : {}) }
}

/**
 * schema.org NewsArticle for search engines' news results. Times carry the
 * newsroom's offset; corrections and clarifications are listed as
 * `correction` (updates change only dateModified).
 */
export function articleJsonLd(post: Post): WithContext<NewsArticle> {
  const url = absoluteUrl(post.url)
  const byline = bylineOf(post)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: post.title,
    description: post.summary,
    datePublished: isoInZone(post.date),
    dateModified: isoInZone(modifiedAt(post) ?? post.date),
    ...(notesAbove(post).length > 0
      ? {
          correction: notesAbove(post).map((note) => ({
            '@type': 'CorrectionComment' as const,
            text: note.text,
            datePublished: isoInZone(note.date),
          })),
        }
      : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(post.canonical ?? post.url) },
    url,
    image: articleImages(post),
    articleSection: post.category,
    keywords: [...post.tags],
    author: byline.authors.map(authorJsonLd),
    ...(byline.credits.length > 0
      ? { contributor: byline.credits.flatMap((credit) => credit.authors).map(authorJsonLd) }
      : {}),
    publisher: {
      '@type': 'Organization',
      name: siteConfig.name,
      url: siteConfig.url,
      logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: '512', height: '512' },
    },
  }
}

/**
 * schema.org ProfilePage for an author's page: the Person (or, for a shared byline, the Organization) with
 * their role, photo and profiles elsewhere, as Google's guidance for author pages asks.
 */
export function profilePageJsonLd(author: AuthorProfile): WithContext<ProfilePage> {
  const photo = author.photo ? getImage(author.photo) : undefined
  const image = photo ? absoluteUrl(photo.crops['1x1']) : undefined
  const url = absoluteUrl(authorPath(author.id))
  const about = {
    name: author.name,
    url,
    ...(image ? { image } : {}),
    ...(author.links.length > 0 ? { sameAs: author.links } : {}),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: author.desk
      ? { '@type': 'Organization', ...about }
      : { '@type': 'Person', ...about, jobTitle: author.title, ...(author.email ? { email: author.email } : {}) },
  }
}

/**
 * schema.org NewsMediaOrganization for the front page: the newsroom, its profiles elsewhere, and the pages
 * that say how it works, each as the property the Trust Project's indicators name (lib/content/site-pages.ts);
 * a page editors have not written is left out rather than pointed at a 404.
 */
export function organizationJsonLd(
  pages: readonly { slug: SitePageSlug; names: readonly TrustProperty[] }[],
): WithContext<NewsMediaOrganization> {
  const policies: Partial<Record<TrustProperty, string>> = {}
  for (const { slug, names } of pages) for (const name of names) policies[name] = absoluteUrl(sitePagePath(slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    name: siteConfig.name,
    url: siteConfig.url,
    description: siteConfig.description,
    logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: '512', height: '512' },
    sameAs: siteConfig.social.map((profile) => profile.href),
    ...policies,
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as \u003c
 * so a title containing `</script>` cannot end the script early, and the two
 * line separators JavaScript treats as newlines are escaped too.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
