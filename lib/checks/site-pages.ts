import path from 'node:path'
import { SITE_PAGES } from '../content/site-pages'
import { dateProblem, parseFrontMatter } from './front-matter'
import { checkMdx } from './mdx'
import type { PictureUse } from './images'
import type { ContentProblem } from './problems'

const fields = ['title', 'description', 'updated']
const slugs: readonly string[] = SITE_PAGES.map((page) => page.slug)

/**
 * One of the site's own pages (content/pages/<slug>.mdx): a name the site has a route for, a title and a
 * description, an optional `updated` date, and a body under the articles' MDX rules. Problems carry their
 * line; the pictures it names are checked with the articles'.
 */
export async function checkSitePage(file: string, text: string): Promise<(ContentProblem | PictureUse)[]> {
  const slug = path.basename(file, '.mdx')
  if (!slugs.includes(slug)) {
    const names = SITE_PAGES.map((page) => `${page.slug}.mdx (${page.name})`).join(', ')
    return [
      { file, message: `The site has no page "${slug}". Its pages are ${names}: rename the file to one of them.` },
    ]
  }
  const parsed = parseFrontMatter(file, text)
  if (!parsed.ok) return [parsed.problem]
  const { data, body, bodyLine } = parsed.value
  const findings: (ContentProblem | PictureUse)[] = []
  for (const [key, value] of Object.entries(data)) {
    const line = parsed.keyLines.get(key)
    if (!fields.includes(key)) {
      findings.push({ file, line, message: `Unknown field "${key}". A page has ${fields.join(', ')}.` })
    } else if (key === 'updated') {
      const problem = dateProblem('updated', value)
      if (problem) findings.push({ file, line, message: problem })
    } else if (typeof value !== 'string' || value.trim() === '') {
      findings.push({ file, line, message: `"${key}" must be text.` })
    }
  }
  for (const key of ['title', 'description']) {
    if (!(key in data)) findings.push({ file, line: 1, message: `Missing required field "${key}".` })
  }
  findings.push(...(await checkMdx(file, body, bodyLine)).findings)
  return findings
}
