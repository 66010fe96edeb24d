import { siteConfig } from '../site'
import { slugify } from '../urls'
import { AUTHORS_DIR } from './author-profile'
import type { NamedArticle } from './names'
import type { ContentProblem } from './problems'

/**
 * Every author id an article names, in its byline or a credit, must have a profile (content/authors/<id>.mdx),
 * or the byline would link to a page that does not exist: a problem on the line that names it, with the ids
 * there are, or how to add one. An article without `authors:` has the site's default byline, which needs its
 * profile too.
 */
export function findAuthorProblems(
  articles: readonly NamedArticle[],
  profiles: ReadonlySet<string>,
  contentDir: string,
): ContentProblem[] {
  const known = [...profiles].sort().join(', ') || 'none yet'
  const add = (id: string) =>
    `An author is a profile: add ${contentDir}/${AUTHORS_DIR}/${slugify(id) || 'first-last'}.mdx with their name, title and bio (docs/editing.md#authors).`
  const problems: ContentProblem[] = []
  for (const { file, authors } of articles) {
    if (!authors) continue
    if (authors.ids === undefined) {
      if (!profiles.has(siteConfig.defaultAuthor)) {
        problems.push({
          file,
          line: 1,
          message: `The article names no "authors", so its byline is the newsroom's, ${siteConfig.defaultAuthor}, which has no profile. ${add(siteConfig.defaultAuthor)}`,
        })
      }
      continue
    }
    if (authors.ids.length === 0) {
      problems.push({
        file,
        line: authors.line,
        message: `"authors" is empty: name who wrote it, e.g. authors: [${[...profiles][0] ?? 'dana-whitfield'}].`,
      })
    }
    const named = [
      { ids: authors.ids, line: authors.line, where: '"authors"' },
      ...authors.credits.map((credit) => ({ ...credit, where: 'A credit' })),
    ]
    for (const { ids, line, where } of named) {
      const seen = new Set<string>()
      for (const id of ids) {
        if (seen.has(id)) problems.push({ file, line, message: `${where} names ${id} twice.` })
        seen.add(id)
        if (!profiles.has(id)) {
          problems.push({
            file,
            line,
            message: `${where} names "${id}", who has no profile. The authors are: ${known}. ${add(id)}`,
          })
        }
      }
    }
  }
  return problems
}
