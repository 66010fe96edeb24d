import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx)

/** The site paths of the pictures an article body shows: Markdown images and <Figure src="…">. */
export function bodyImagePaths(raw: string): string[] {
  if (!raw.includes('![') && !raw.includes('<Figure')) return []
  const paths: string[] = []
  visit(parser.parse(raw), (node) => {
    if (node.type === 'image') paths.push(node.url)
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const src = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'src')
      if (typeof src?.value === 'string') paths.push(src.value)
    }
  })
  return paths
}
