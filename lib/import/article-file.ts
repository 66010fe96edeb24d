import { stringify } from 'yaml'

/**
 * The file an imported article is: front matter in the order editors write
 * it (docs/editing.md), then the body.
 */

export type ImportedFrontMatter = {
  title: string
  date: string
  summary: string
  category: string
  tags: string[]
  authors: string[]
  image?: string
  imageAlt?: string
  imageCaption?: string
  draft?: boolean
}

/** A time as front matter writes it: to the second, in GMT with its offset (2013-01-11T20:22:19+00:00). */
export const gmtTime = (date: Date) => `${date.toISOString().slice(0, 19)}+00:00`

/** A summary of one or two sentences from longer text: whole sentences up to about 300 characters. */
export function summarize(text: string, limit = 300): string {
  const words = text.replace(/\s+/g, ' ').trim()
  if (words.length <= limit) return words
  const sentences = words.match(/[^.!?]+[.!?]+(?:["'”’)]+)?(?:\s|$)/g) ?? []
  let summary = ''
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > limit) break
    summary += sentence
  }
  if (summary.trim()) return summary.trim()
  const cut = words.slice(0, limit)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).trim()}…`
}

export function articleFile(frontMatter: ImportedFrontMatter, body: string): string {
  const data: Record<string, unknown> = {
    title: frontMatter.title,
    date: frontMatter.date,
    summary: frontMatter.summary,
    category: frontMatter.category,
    ...(frontMatter.tags.length ? { tags: frontMatter.tags } : {}),
    ...(frontMatter.authors.length ? { authors: frontMatter.authors } : {}),
    ...(frontMatter.image ? { image: frontMatter.image, imageAlt: frontMatter.imageAlt } : {}),
    ...(frontMatter.image && frontMatter.imageCaption ? { imageCaption: frontMatter.imageCaption } : {}),
    ...(frontMatter.draft ? { draft: true } : {}),
  }
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body ? `${body}\n` : ''}`
}

/** A page of the site's own (content/pages/<slug>.mdx): its title, a description for search and sharing, the body. */
export function pageFile(title: string, description: string, body: string): string {
  return `---\n${stringify({ title, description }, { lineWidth: 0 })}---\n\n${body ? `${body}\n` : ''}`
}
