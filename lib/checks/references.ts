import type { ContentProblem } from './problems'

/** Checks that span articles rather than one file: links from one article to another. */

export type CheckablePost = {
  slug: string
  /** Path under the content directory, e.g. posts/foo.mdx. */
  file: string
  draft: boolean
  related: readonly string[]
  inlineRelated: readonly string[]
}

/** Slugs named by inline `<Related slug="…" />` cards in an MDX body. */
export function inlineRelatedSlugs(raw: string): string[] {
  return [...raw.matchAll(/<Related\s+slug=["']([^"']+)["']/g)].flatMap((m) => (m[1] ? [m[1]] : []))
}

export function findReferenceProblems(posts: readonly CheckablePost[], contentDir = 'content'): ContentProblem[] {
  const bySlug = new Map(posts.map((post) => [post.slug, post]))
  const problems: ContentProblem[] = []
  for (const post of posts) {
    const references = [
      ...post.inlineRelated.map((slug) => ({ slug, where: `<Related slug="${slug}" />` })),
      ...post.related.map((slug) => ({ slug, where: `related: ${slug}` })),
    ]
    for (const { slug, where } of references) {
      const target = bySlug.get(slug)
      const file = `${contentDir}/${post.file}`
      if (!target) {
        problems.push({
          file,
          message: `${where} names an article that does not exist (no ${contentDir}/posts/${slug}.mdx). Fix the slug or remove the link.`,
        })
      } else if (target.draft && !post.draft) {
        problems.push({
          file,
          message: `${where} links to a draft, which readers cannot see. Publish ${contentDir}/${target.file} first or remove the link.`,
        })
      } else if (slug === post.slug) {
        problems.push({ file, message: `${where} links the article to itself. Remove the link.` })
      }
    }
  }
  return problems
}
