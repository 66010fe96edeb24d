import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Article bodies stay on disk, one file per article, where Contentlayer wrote
 * them; pages and lists load only the metadata index (scripts/content-index.ts).
 * Loading every body into every build worker is what ran a 10,000-article
 * build out of memory (docs/performance.md).
 */

export type ArticleBody = { code: string; raw: string }

type GeneratedDocument = { _id: string; type: string }

// The files ship to the routes that read them through outputFileTracingIncludes
// in next.config.js; without `turbopackIgnore` Turbopack would trace the whole
// directory, whole-archive index included, into every route that imports this.

/** Where Contentlayer writes a document: `_id` with `/` as `__`, under its type (contentlayer2's generate-dotpkg). */
export function articleBodyPath(document: GeneratedDocument): string {
  const fileName = document._id.replace(/^(\d)/, '_$1').replaceAll('/', '__')
  return path.join(
    /* turbopackIgnore: true */ process.cwd(),
    '.contentlayer',
    'generated',
    document.type,
    `${fileName}.json`,
  )
}

/** The compiled MDX and its source, refusing a file that is not a Contentlayer document with a body. */
export function parseArticleBody(value: unknown, file: string): ArticleBody {
  if (typeof value === 'object' && value !== null && 'body' in value && 'code' in value) {
    const { body, code } = value
    if (typeof body === 'object' && body !== null && 'raw' in body) {
      const { raw } = body
      if (typeof code === 'string' && typeof raw === 'string') return { code, raw }
    }
  }
  throw new Error(`${file}: not a Contentlayer document with a body; run \`npm run content\` again`)
}

export async function readArticleBody(document: GeneratedDocument): Promise<ArticleBody> {
  const file = articleBodyPath(document)
  const value: unknown = JSON.parse(await readFile(/* turbopackIgnore: true */ file, 'utf8'))
  return parseArticleBody(value, file)
}
