import { slugify, tagPath } from '../urls'
import type { ContentProblem } from './problems'

/** What the name checks read of an article: its tags, section and authors, with the lines they stand on. */
export type NamedArticle = {
  /** Path from the project root, e.g. content/posts/foo.mdx. */
  file: string
  tags: readonly string[]
  /** The section it names (checked against content/sections.yml, lib/checks/editorial-files.ts). */
  category?: string | undefined
  /** The author ids of its byline (undefined: the site's default byline) and of each credit, with their lines. */
  authors?: { ids: readonly string[] | undefined; line?: number; credits: { ids: readonly string[]; line?: number }[] }
  lines: { tags?: number; category?: number }
}

// Two spellings are one name when they differ only in case or spacing ("Microsoft", "microsoft").
const sameName = (a: string, b: string) => {
  const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('en-US').trim().replace(/\s+/g, ' ')
  return fold(a) === fold(b)
}

/**
 * Tags become URLs through one slug function (lib/urls.ts). A
 * name that makes no URL, or two names that make the same one ("Cloud Act"
 * and "Cloud-Act"), would merge pages or make a page no link reaches, so
 * each is a problem naming the files involved. (Authors are ids of profiles:
 * lib/checks/authors.ts.)
 */
export function findNameProblems(articles: readonly NamedArticle[]): ContentProblem[] {
  const problems: ContentProblem[] = []
  const kinds = [
    { kind: 'tag', path: tagPath, names: (a: NamedArticle) => a.tags, line: (a: NamedArticle) => a.lines.tags },
  ]
  for (const { kind, path, names, line } of kinds) {
    const first = new Map<string, { name: string; file: string }>()
    for (const article of articles) {
      for (const name of names(article)) {
        const slug = slugify(name)
        const at = { file: article.file, line: line(article) }
        if (slug === '') {
          problems.push({
            ...at,
            message: `The ${kind} "${name}" has no letters or digits to make its page's URL from. Spell it out in words.`,
          })
          continue
        }
        const seen = first.get(slug)
        if (!seen) first.set(slug, { name, file: article.file })
        else if (!sameName(seen.name, name)) {
          problems.push({
            ...at,
            message: `The ${kind} "${name}" gets the URL ${path(slug)}, which the ${kind} "${seen.name}" in ${seen.file} already has. Use one spelling for both, or tell them apart in words.`,
          })
        }
      }
    }
  }
  return problems
}
