import { getMDXComponent } from 'next-contentlayer2/hooks'
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

/** Renders an article body compiled by Contentlayer. */
export function MdxContent({ code }: { code: string }) {
  // Called as a function rather than rendered as <Content />: the compiled
  // body is a plain function without hooks, and this is a server component
  // rendered once per build, so there is no state for a new component to reset.
  return getMDXComponent(code)({ components: mdxComponents })
}
