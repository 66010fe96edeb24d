import { compile } from '@mdx-js/mdx'
import remarkGfm from 'remark-gfm'
import type { PluggableList, Processor } from 'unified'

/** The Markdown an article may use beyond CommonMark (tables, strikethrough, autolinks); the content check compiles with the same. */
export const articleRemarkPlugins: PluggableList = [remarkGfm]

/**
 * Compiles an article body, for contentlayer.config.ts: the body of a
 * function that takes React's JSX runtime and returns the article's module
 * (`{ default: MDXContent }`), which components/mdx-content.tsx runs.
 *
 * Contentlayer's own MDX support runs mdx-bundler, an esbuild build for
 * every article: 25–50 ms each, 460–545 s of a 10,000-article cold build
 * (docs/performance.md#building-the-archive-without-a-database). Nothing is bundled here (the
 * content checks refuse imports), so MDX's compiler alone is enough, at
 * about 5 ms an article, with the same remark plugins.
 */
export async function compileArticleBody(body: string): Promise<string> {
  return String(await compile(body, { outputFormat: 'function-body', remarkPlugins: articleRemarkPlugins }))
}

/**
 * A unified pipeline that reads nothing and writes nothing: Contentlayer
 * makes HTML of every Markdown body, which no page reads; the body is
 * compiled by compileArticleBody instead.
 */
export function skipMarkdownToHtml(this: Processor) {
  this.parser = () => ({ type: 'root', children: [] })
  this.compiler = () => ''
}
