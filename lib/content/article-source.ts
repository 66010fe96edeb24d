import type { ArticleBody } from './article-body'
import { compileArticleBody } from './compile-mdx'
import { bodyOf, readSavedSource } from './saved-front-matter'
import { contentDir } from './schema'

/**
 * An article's body compiled from its file as saved, for `npm run dev`
 * (lib/content/posts.ts decides): an editor sees a changed sentence on the
 * next reload instead of waiting for Contentlayer to rewrite the whole
 * archive's data (about 12 s at 10,000 articles, docs/performance.md).
 *
 * It is what the content build makes of the same file: the body as
 * Contentlayer splits it from the front matter (gray-matter, as
 * contentlayer2/source-files does), compiled by the same function as
 * contentlayer.config.ts's `code` field; lib/content/article-source.test.ts
 * compares the two for every article. The front matter is read by
 * lib/content/saved-front-matter.ts.
 */
export type SourceDocument = { _raw: { sourceFilePath: string } }

/**
 * The body of the file an article was built from, or undefined when the
 * content build's copy should be shown instead: the file is gone (renamed or
 * deleted since the content build, until it catches up), or its body does
 * not compile. The page then keeps the last version that did, and the content
 * check's notice on the page names the file and line (scripts/check-content.ts --watch).
 */
export async function readArticleSource(
  document: SourceDocument,
  directory: string = contentDir,
): Promise<ArticleBody | undefined> {
  const saved = readSavedSource(document._raw.sourceFilePath, directory)
  if (!saved) return undefined
  const raw = bodyOf(saved.source)
  try {
    return { raw, code: await compileArticleBody(raw) }
  } catch {
    return undefined
  }
}
