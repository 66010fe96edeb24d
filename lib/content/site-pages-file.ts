import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { parseFrontMatterDate } from '../dates'
import { compileArticleBody } from './compile-mdx'
import type { SitePage } from './site-pages'

/** Where editors write the site's own pages, under the content folder. */
export const SITE_PAGES_DIR = 'pages'

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

/**
 * Compiles content/pages/*.mdx for the build steps that run after the content check (which explains every
 * mistake with its line): front matter read as the check reads it, the body compiled as an article's is.
 */
export async function readSitePages(root: string, contentDir: string): Promise<SitePage[]> {
  const dir = path.join(root, contentDir, SITE_PAGES_DIR)
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort()
  } catch {
    return []
  }
  const pages: SitePage[] = []
  for (const name of names) {
    const file = path.join(contentDir, SITE_PAGES_DIR, name)
    const source = readFileSync(path.join(dir, name), 'utf8')
    const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source)
    const data: unknown = match ? parse(match[1] ?? '') : null
    const fields = typeof data === 'object' && data !== null ? new Map(Object.entries(data)) : new Map()
    const title = text(fields.get('title'))
    const description = text(fields.get('description'))
    const updated = text(fields.get('updated'))
    if (!match || title === undefined || description === undefined) {
      throw new Error(`${file}: a page needs front matter with a title and a description (npm run check:content).`)
    }
    const code = await compileArticleBody(source.slice(match[0].length))
    pages.push({
      slug: path.basename(name, '.mdx'),
      title,
      description,
      ...(updated === undefined ? {} : { updated: parseFrontMatterDate(updated) }),
      code,
    })
  }
  return pages
}
