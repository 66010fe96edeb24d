import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx)

/**
 * An article body's syntax tree, read as MDX reads it (GFM included), without
 * compiling it: for what needs to know what a body holds (its cards, its
 * pictures, its words). Throws on a body that is not valid MDX.
 */
export function parseMdx(raw: string): Root {
  return parser.parse(raw)
}
