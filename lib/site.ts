/**
 * Everything the site says about itself lives here, typed, so pages and
 * components never carry their own copies of names, links or wording.
 */

import { siteUrl } from './environment'
import type { RelatedOptions } from './related/types'

export type SocialProfile = {
  /** Label shown next to the icon and read by screen readers. */
  name: string
  href: string
  icon: 'x' | 'facebook' | 'bluesky' | 'mastodon'
}

export type SiteConfig = {
  name: string
  /** Absolute origin used for canonical URLs, feeds and social cards. */
  url: string
  description: string
  locale: string
  /**
   * The newsroom's time zone (IANA name). A front-matter day means midnight
   * here, and every date and time readers see is written in it.
   */
  timeZone: string
  /**
   * The git branch that deploys to production (PRODUCTION_BRANCH overrides):
   * the content check compares edits to published articles against it.
   */
  productionBranch: string
  /** The byline of an article that names no `authors:`: the id of a profile in content/authors. */
  defaultAuthor: string
  /**
   * Articles prerendered at build time, newest first. Older ones render on
   * their first request and are cached from then on (see docs/performance.md).
   */
  prerenderArticles: number
  /** Articles on each page of the home page and tag pages. */
  postsPerPage: number
  /** Notes on each page of /corrections (a line or two each). */
  correctionsPerPage: number
  /** Topics on each page of the topics index, /tags (a large archive has thousands). */
  topicsPerPage: number
  /** Results a search shows at once ("Show more results" or the next page adds as many again). */
  searchResultsPerPage: number
  /** Newest articles in each feed: feed readers poll often, and old items are already theirs. */
  feedItems: number
  /** Paths of the site-wide feeds. */
  feeds: { rss: string; atom: string; json: string }
  /**
   * The newsletter provider's embeddable sign-up form: where it posts and the
   * name of its email field. `null` hides the sign-up.
   */
  newsletter: { provider: string; action: string; emailField: string } | null
  social: SocialProfile[]
  affiliate: {
    /** The disclosure shown on articles marked `affiliate: true`. */
    notice: string
    /**
     * Query parameters that retailers' affiliate programmes add to product
     * links. A body link carrying one of them gets `rel="sponsored"`.
     */
    params: string[]
  }
  related: RelatedOptions
}

export const siteConfig: SiteConfig = {
  name: 'News Ledge',
  // Settled when the site is built (lib/environment.js).
  url: siteUrl(),
  description: 'News Ledge covers technology, privacy and the policy fights that shape them, in plain words.',
  locale: 'en-US',
  timeZone: 'America/New_York',
  productionBranch: 'main',
  defaultAuthor: 'news-ledge-staff',
  prerenderArticles: 100,
  postsPerPage: 10,
  correctionsPerPage: 50,
  topicsPerPage: 200,
  searchResultsPerPage: 10,
  feedItems: 30,
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
  // Buttondown's published embed form: a plain POST of one `email` field, no API key.
  newsletter: {
    provider: 'Buttondown',
    action: 'https://buttondown.com/api/emails/embed-subscribe/newsledge',
    emailField: 'email',
  },
  social: [
    { name: 'X (Twitter)', href: 'https://x.com/newsledge', icon: 'x' },
    { name: 'Facebook', href: 'https://www.facebook.com/newsledge', icon: 'facebook' },
    { name: 'Bluesky', href: 'https://bsky.app/profile/newsledge.bsky.social', icon: 'bluesky' },
  ],
  affiliate: {
    notice:
      'This post may contain affiliate links, which means we receive a commission if you make a purchase using one of the affiliated links.',
    params: ['tag', 'affid', 'aff_id', 'affiliate_id', 'irclickid', 'ref_id'],
  },
  related: {
    limit: 3,
    spare: 3,
    // Below this an article shares little more than a common word or a broad
    // category with the one being read; an empty list is better than noise.
    minScore: 0.12,
    // A news story says what it is about first; reading further adds noise and time.
    bodyWords: 150,
    // Title words say what a story is about; body words are many and noisy.
    fieldWeights: { title: 3, summary: 2, body: 1 },
    maxTermsPerArticle: 30,
    // These three bound the work per article on a large archive (see
    // docs/related-posts.md); on an archive where no term or tag is on more
    // than maxPostingsPerTerm articles, results equal a full comparison.
    maxPostingsPerTerm: 150,
    queryTermsPerArticle: 20,
    rerankCandidates: 50,
    textWeight: 0.6,
    tagWeight: 0.3,
    // Small: a section is broad, so it only breaks near ties between stories.
    categoryWeight: 0.1,
    // Up to 40% of a score fades as two stories drift apart in time: a close
    // recent match beats an equally close one from years earlier, while a
    // strong old match still beats a weak new one.
    recencyWeight: 0.4,
    recencyHalfLifeDays: 730,
  },
}
