import { parseMdx } from '../content/mdx-tree'
import { visit } from 'unist-util-visit'
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

/**
 * Slugs named by inline `<Related slug="…" />` cards in an MDX body: the
 * elements MDX will render, not the same text inside code or a comment
 * (the new-post template shows one in backticks as an example).
 */
export function inlineRelatedSlugs(raw: string): string[] {
  // Most articles have no card; only those are parsed.
  if (!raw.includes('<Related')) return []
  const slugs: string[] = []
  visit(parseMdx(raw), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Related') {
      const slug = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'slug')
      if (typeof slug?.value === 'string' && slug.value) slugs.push(slug.value)
    }
  })
  return slugs
}

/**
 * Links that name an article that does not exist, a draft from a published article, or the article itself.
 * `known`: the other articles of the archive, by slug, when `posts` are only some of them (a check of what
 * changed since the last publish, lib/store/check-scope.ts).
 */
export function findReferenceProblems(
  posts: readonly CheckablePost[],
  contentDir = 'content',
  known: ReadonlyMap<string, { draft: boolean }> = new Map(),
): ContentProblem[] {
  const bySlug = new Map<string, Pick<CheckablePost, 'draft' | 'file'>>(
    [...known].map(([slug, { draft }]) => [slug, { draft, file: `posts/${slug}.mdx` }]),
  )
  for (const post of posts) bySlug.set(post.slug, post)
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
