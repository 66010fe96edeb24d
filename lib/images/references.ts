import { parseMdx } from '../content/mdx-tree'
import { visit } from 'unist-util-visit'

/** The site paths of the pictures an article body shows: Markdown images and <Figure src="…">. */
export function bodyImagePaths(raw: string): string[] {
  if (!raw.includes('![') && !raw.includes('<Figure')) return []
  const paths: string[] = []
  visit(parseMdx(raw), (node) => {
    if (node.type === 'image') paths.push(node.url)
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const src = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'src')
      if (typeof src?.value === 'string') paths.push(src.value)
    }
  })
  return paths
}
