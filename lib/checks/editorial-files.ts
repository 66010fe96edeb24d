// What editors write beside the articles, checked as they are: the sections and the front page's choices.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { articleExists, FRONT_PAGE_FILE, parseFrontPage } from '../content/front-page-file'
import { parseSections, SECTIONS_FILE } from '../content/sections-file'
import type { SiteSection } from '../content/sections'
import type { NamedArticle } from './names'
import type { ContentProblem } from './problems'

/** The sections file's problems, each with its line, and the sections when it has none (null otherwise). */
export function checkSectionsFile(
  root: string,
  contentDir: string,
): { sections: SiteSection[] | null; problems: ContentProblem[] } {
  const file = `${contentDir}/${SECTIONS_FILE}`
  let text: string
  try {
    text = readFileSync(path.join(root, file), 'utf8')
  } catch {
    const message = `The site's sections are listed here, and the file is missing. Add it with an entry for each section, e.g.\n- name: Policy\n  description: Courts, lawmakers and regulators.`
    return { sections: null, problems: [{ file, message }] }
  }
  const { sections, problems } = parseSections(text)
  return {
    sections: problems.length === 0 ? sections : null,
    problems: problems.map((problem) => ({ file, ...problem })),
  }
}

/** The front page file's problems, each with its line; none when there is no file (the newest story leads). */
export function checkFrontPageFile(root: string, contentDir: string): ContentProblem[] {
  const file = `${contentDir}/${FRONT_PAGE_FILE}`
  let text: string
  try {
    text = readFileSync(path.join(root, file), 'utf8')
  } catch {
    return []
  }
  return parseFrontPage(text, articleExists(root, contentDir)).problems.map((problem) => ({ file, ...problem }))
}

/**
 * An article's `category` must name one of the site's sections, so that its section label leads to a page
 * and the section's lists have it: a name no section has is a problem on the article's line, saying which
 * there are and where a new one is added.
 */
export function findCategoryProblems(
  articles: readonly NamedArticle[],
  sections: readonly SiteSection[],
  contentDir: string,
): ContentProblem[] {
  const names = new Set(sections.map((section) => section.name))
  const known = sections.map((section) => section.name).join(', ')
  return articles.flatMap(({ file, category, lines }) =>
    category === undefined || names.has(category)
      ? []
      : [
          {
            file,
            line: lines.category,
            message: `"category" is "${category}", which is not one of the site's sections: ${known}. A new section is an entry in ${contentDir}/${SECTIONS_FILE}.`,
          },
        ],
  )
}
