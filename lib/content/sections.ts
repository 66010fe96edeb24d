import sections from '@/.contentlayer/sections.json'
import { sectionPath, slugify } from '../urls'

/**
 * A section of the site, as editors define it in content/sections.yml (lib/content/sections-file.ts):
 * what readers see, its URL segment, and a sentence or two for its page and search results. The
 * file's order is the site's: the header and every list of sections follow it.
 */
export type SiteSection = { name: string; slug: string; description: string }

/** The site's sections in the editors' order, as the content build wrote them beside the articles. */
export function getSiteSections(): readonly SiteSection[] {
  return sections
}

/** The section an article's `category` names, if the site has it. */
export function sectionNamed(name: string): SiteSection | undefined {
  return sections.find((section) => section.name === name)
}

/** The section at /sections/<slug>, if the site has it. */
export function sectionWithSlug(slug: string): SiteSection | undefined {
  return sections.find((section) => section.slug === slug)
}

/** A section's page from an article's category: "Policy" → /sections/policy, or the slug its entry gives. */
export function sectionUrl(name: string): string {
  return sectionPath(sectionNamed(name)?.slug ?? slugify(name))
}
