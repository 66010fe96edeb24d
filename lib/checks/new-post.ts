import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readSections } from '../content/sections-file'
import { slugify } from '../urls'
import { siteConfig } from '../site'

/**
 * The starting text of a new article: front matter filled in, kept as a draft, in the site's first section,
 * under the newsroom's byline for the editor to replace with their own id (content/authors).
 */
export function newPostSource(headline: string, today: Date, section = 'Tech'): string {
  const date = today.toISOString().slice(0, 10)
  const quoted = `'${headline.replaceAll("'", "''")}'`
  return `---
title: ${quoted}
date: ${date}
summary: 'TODO: one or two sentences for lists, search results and feeds.'
category: ${section}
authors: [${siteConfig.defaultAuthor}]
tags: []
draft: true
---

TODO: write the article. To link another article, put \`<Related slug="its-slug" />\` on a line of its own (without the backticks).
`
}

/** Creates <contentDir>/posts/<slug>.mdx under `root`; refuses to overwrite an existing article. */
export async function createPost(root: string, headline: string, today: Date, contentDir = 'content'): Promise<string> {
  const name = slugify(headline)
  if (!name) throw new Error('Give the headline in quotes: npm run new-post -- "Your headline"')
  const file = path.join(contentDir, 'posts', `${name}.mdx`)
  if (existsSync(path.join(root, file))) {
    throw new Error(`${file} already exists. Choose another headline, or edit that article.`)
  }
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  // The site's first section; the content check names the others if the editor picks another.
  const [section] = readSections(root, contentDir)
  await writeFile(path.join(root, file), newPostSource(headline.trim(), today, section?.name), { flag: 'wx' })
  return file
}
