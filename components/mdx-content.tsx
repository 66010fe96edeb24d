import type { ReactNode } from 'react'
import * as runtime from 'react/jsx-runtime'
import { BodyImage, BodyParagraph, Figure } from './article-figure'
import { BodyLink } from './body-link'
import { RelatedCard } from './related-card'

/** Every component an article may use; the content checks refuse any other. */
export const mdxComponents = {
  a: BodyLink,
  img: BodyImage,
  p: BodyParagraph,
  Figure,
  Related: RelatedCard,
}

type ArticleModule = { default: (props: { components: typeof mdxComponents }) => ReactNode }

const isArticleModule = (value: unknown): value is ArticleModule =>
  typeof value === 'object' && value !== null && 'default' in value && typeof value.default === 'function'

/** Renders an article body as compiled by lib/content/compile-mdx.ts. */
export function MdxContent({ code }: { code: string }) {
  // What @mdx-js/mdx's `run` does, without its compiler in every page's server
  // bundle: the compiled body is a function body that takes the JSX runtime.
  const article: unknown = new Function(code)(runtime)
  if (!isArticleModule(article)) throw new Error('An article body did not compile to an MDX module')
  // Called as a function rather than rendered as <Content />: the compiled
  // body is a plain function without hooks, and this is a server component
  // rendered once per build, so there is no state for a new component to reset.
  return article.default({ components: mdxComponents })
}
