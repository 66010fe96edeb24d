import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { compileArticleBody, skipMarkdownToHtml } from './lib/content/compile-mdx'
import { readingMinutes } from './lib/content/reading-time'
import { contentDir, postFields } from './lib/content/schema'
import { siteConfig } from './lib/site'
import { isContentBatch } from './lib/environment'

const execFileAsync = promisify(execFile)

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/*.mdx',
  // MDX, compiled by the `code` field below rather than by Contentlayer's mdx-bundler (lib/content/compile-mdx.ts).
  contentType: 'markdown',
  fields: postFields,
  computedFields: {
    slug: { type: 'string', resolve: (post) => post._raw.flattenedPath.replace(/^posts\//, '') },
    url: { type: 'string', resolve: (post) => `/${post._raw.flattenedPath}` },
    code: {
      type: 'string',
      description: 'The body compiled from MDX, for components/mdx-content.tsx',
      resolve: (post) => compileArticleBody(post.body.raw),
    },
    readingMinutes: {
      type: 'number',
      description: 'Whole minutes to read the body, at least 1',
      resolve: (post) => readingMinutes(post.body.raw),
    },
  },
}))

export default makeSource({
  contentDirPath: contentDir,
  // Only the articles are Contentlayer's: content/sections.yml is read by the content check and the index
  // step (lib/content/sections-file.ts).
  contentDirInclude: ['posts'],
  documentTypes: [Post],
  // The defaults skip a broken article with a warning and let the build pass;
  // an editor must get a failing build instead.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  markdown: (builder) => builder.use(skipMarkdownToHtml),
  // A date written as a day (2014-07-31) means midnight where the newsroom is,
  // not in UTC; a date-time carries its own offset.
  date: { timezone: siteConfig.timeZone },
  // The alias resolves through tsconfig "paths"; TypeScript 7 dropped baseUrl.
  disableImportAliasWarning: true,
  // After every content build (and every change under `contentlayer2 dev`):
  // check links between articles, rank related lists, write the index pages
  // read. In a fresh process, because Node would hand this one stale data.
  onSuccess: async () => {
    // A batch of a database publish: the publish reads what Contentlayer wrote (lib/store/pipeline.ts).
    if (isContentBatch()) return
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/content-index.ts']).catch(
      (error: unknown) => {
        const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : ''
        throw new Error(stderr || String(error))
      },
    )
    // What the index step reports (how long the pictures took), in the build's log.
    if (stdout.trim()) console.log(stdout.trim())
  },
})
