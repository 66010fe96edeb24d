/**
 * The pages about the newsroom itself, which readers and platforms look for before they trust a news site
 * (the Trust Project's indicators), each written by editors in content/pages/<slug>.mdx and served at
 * /<slug>. The table is the site's: a page is a route (app/<slug>/page.tsx) and a property of the site's
 * NewsMediaOrganization JSON-LD (lib/reach/metadata.ts). The masthead's people follow its text, from the
 * authors' profiles (components/masthead.tsx).
 */
export const SITE_PAGES: readonly { slug: SitePageSlug; name: string; names: readonly TrustProperty[] }[] = [
  { slug: 'about', name: 'About', names: [] },
  { slug: 'masthead', name: 'Masthead', names: ['masthead'] },
  { slug: 'standards', name: 'Ethics and standards', names: ['publishingPrinciples', 'ethicsPolicy'] },
  { slug: 'corrections-policy', name: 'Corrections policy', names: ['correctionsPolicy'] },
  { slug: 'contact', name: 'Contact and tips', names: ['actionableFeedbackPolicy'] },
  { slug: 'ownership', name: 'Ownership and funding', names: ['ownershipFundingInfo'] },
]

/** The NewsMediaOrganization properties (schema.org) that a page of the site is. */
export type TrustProperty =
  | 'publishingPrinciples'
  | 'ethicsPolicy'
  | 'correctionsPolicy'
  | 'actionableFeedbackPolicy'
  | 'ownershipFundingInfo'
  | 'masthead'

export type SitePageSlug = 'about' | 'masthead' | 'standards' | 'corrections-policy' | 'contact' | 'ownership'

/** One of those pages as the content build compiled it: its front matter and its body for components/mdx-content.tsx. */
export type SitePage = { slug: string; title: string; description: string; updated?: string; code: string }

export const sitePagePath = (slug: SitePageSlug) => `/${slug}`

