import { inlineRelatedSlugs } from '../checks/references'
import type { ArticleHistory } from '../history/build'
import { plainTextBlocks } from '../history/plain-text'
import { isExternalImage } from '../images/formats'
import { bodyImagePaths } from '../images/references'
import { relatedTerms } from '../related/kept-terms'
import { siteConfig } from '../site'
import { isIndexEntry, storedArticle, type IndexEntry } from './from-content-build'
import type { StoredArticle } from './publish'

/**
 * The row a publish writes for an article Contentlayer compiled. This module, what it imports and the columns
 * publish.ts writes are the store's version (lib/store/pipeline.ts storeVersion): a change to them compiles
 * every article again, a change to the rest of the publish does not. A migration that needs every row made
 * again comes with the change here that fills it.
 */

/** An article as Contentlayer's generated data has it. */
export type Generated = IndexEntry & { body: { raw: string }; code: string; _raw: { sourceFilePath: string } }

export function isGenerated(value: unknown): value is Generated {
  if (!isIndexEntry(value)) return false
  const { body, code, _raw: raw } = value
  return (
    typeof code === 'string' &&
    typeof body === 'object' &&
    body !== null &&
    'raw' in body &&
    typeof body.raw === 'string' &&
    typeof raw === 'object' &&
    raw !== null &&
    'sourceFilePath' in raw &&
    typeof raw.sourceFilePath === 'string'
  )
}

export function compiledRow(
  doc: Generated,
  made: {
    sourceHash: string
    history: ArticleHistory | null
    /** The words of the file as committed, when its history read them: the same text is not parsed twice. */
    blocks: readonly string[] | undefined
    authorNames: ReadonlyMap<string, string>
    storeVersion: string
    /** The version of the code that counts the row's terms (lib/store/pipeline.ts termsVersion). */
    terms: string
  },
): StoredArticle {
  const { body, code, ...entry } = doc
  const { history } = made
  const meta = { ...entry, versions: history?.versions.length ?? 0 }
  const blocks = made.blocks ?? plainTextBlocks(body.raw)
  const article = storedArticle(
    meta,
    { raw: body.raw, code },
    { plainText: blocks.join('\n\n'), related: [], history, authorNames: made.authorNames },
  )
  return {
    ...article,
    made: {
      sourceHash: made.sourceHash,
      storeVersion: made.storeVersion,
      inlineRelated: inlineRelatedSlugs(body.raw),
      pictures: [doc.image, ...bodyImagePaths(body.raw)].filter(
        (src): src is string => typeof src === 'string' && src !== '' && !isExternalImage(src),
      ),
      relatedTerms: {
        line: relatedTerms({ title: article.title, summary: article.summary, body: body.raw }, siteConfig.related),
        version: made.terms,
      },
    },
  }
}
