import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import readingTime from 'reading-time'
import remarkGfm from 'remark-gfm'
import { writeFile } from 'node:fs/promises'
import { findReferenceProblems, formatProblems } from './lib/content-checks'
import { postFields } from './lib/post-schema'
import { buildRelatedMap } from './lib/related'
import { siteConfig } from './lib/site'

/** Where the related lists are written for lib/posts.ts to read. */
const RELATED_MAP_PATH = '.contentlayer/related.json'

/** Slugs named by inline `<Related slug="…" />` cards in an MDX body. */
function inlineRelatedSlugs(raw: string): string[] {
  return [...raw.matchAll(/<Related\s+slug=["']([^"']+)["']/g)].flatMap((m) => (m[1] ? [m[1]] : []))
}

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/*.mdx',
  contentType: 'mdx',
  fields: postFields,
  computedFields: {
    slug: { type: 'string', resolve: (post) => post._raw.flattenedPath.replace(/^posts\//, '') },
    url: { type: 'string', resolve: (post) => `/${post._raw.flattenedPath}` },
    readingMinutes: {
      type: 'number',
      description: 'Whole minutes to read the body, at least 1',
      resolve: (post) => Math.max(1, Math.round(readingTime(post.body.raw).minutes)),
    },
    inlineRelated: {
      type: 'list',
      description: 'Slugs of articles the body links with <Related>',
      resolve: (post) => inlineRelatedSlugs(post.body.raw),
    },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Post],
  // The defaults skip a broken article with a warning and let the build pass;
  // an editor must get a failing build instead.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  mdx: { remarkPlugins: [remarkGfm] },
  // The alias resolves through tsconfig "paths"; TypeScript 7 dropped baseUrl.
  disableImportAliasWarning: true,
  // Runs after every content build (and every change under `contentlayer2 dev`):
  // links between articles are checked and the related lists ranked here,
  // once, rather than on every page render or in every Next build worker.
  onSuccess: async (importData) => {
    const { allPosts } = await importData()
    const problems = findReferenceProblems(allPosts.map((post) => ({ ...post, file: post._raw.sourceFilePath })))
    if (problems.length > 0) throw new Error(formatProblems(problems))
    const related = buildRelatedMap(
      allPosts.map((post) => ({ ...post, body: post.body.raw })),
      siteConfig.related,
    )
    await writeFile(RELATED_MAP_PATH, `${JSON.stringify(related, null, 1)}\n`)
  },
})
