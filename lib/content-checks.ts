/** Content problems, and the checks that span articles rather than one file. */

export type ContentProblem = {
  /** Path from the project root, e.g. content/posts/foo.mdx. */
  file: string
  /** 1-based line in that file, where one applies. */
  line?: number
  message: string
}

export type CheckablePost = {
  slug: string
  /** Path under content/, e.g. posts/foo.mdx. */
  file: string
  draft: boolean
  related: readonly string[]
  inlineRelated: readonly string[]
}

/** Slugs named by inline `<Related slug="…" />` cards in an MDX body. */
export function inlineRelatedSlugs(raw: string): string[] {
  return [...raw.matchAll(/<Related\s+slug=["']([^"']+)["']/g)].flatMap((m) => (m[1] ? [m[1]] : []))
}

export function findReferenceProblems(posts: readonly CheckablePost[]): ContentProblem[] {
  const bySlug = new Map(posts.map((post) => [post.slug, post]))
  const problems: ContentProblem[] = []
  for (const post of posts) {
    const references = [
      ...post.inlineRelated.map((slug) => ({ slug, where: `<Related slug="${slug}" />` })),
      ...post.related.map((slug) => ({ slug, where: `related: ${slug}` })),
    ]
    for (const { slug, where } of references) {
      const target = bySlug.get(slug)
      const file = `content/${post.file}`
      if (!target) {
        problems.push({
          file,
          message: `${where} names an article that does not exist (no content/posts/${slug}.mdx). Fix the slug or remove the link.`,
        })
      } else if (target.draft && !post.draft) {
        problems.push({
          file,
          message: `${where} links to a draft, which readers cannot see. Publish content/${target.file} first or remove the link.`,
        })
      } else if (slug === post.slug) {
        problems.push({ file, message: `${where} links the article to itself. Remove the link.` })
      }
    }
  }
  return problems
}

/** One line a problem, as `file:line: message`, which editors and terminals make clickable. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  return `Content check failed, ${count}:\n${lines.join('\n')}`
}

/** Reads problems written by the content check, keeping only well-formed entries. */
export function parseProblems(value: unknown): ContentProblem[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return []
    if (!('file' in item) || !('message' in item)) return []
    const { file, message } = item
    if (typeof file !== 'string' || typeof message !== 'string') return []
    const line = 'line' in item && typeof item.line === 'number' ? item.line : undefined
    return [{ file, message, ...(line ? { line } : {}) }]
  })
}
