import type { Root, RootContent } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { linkRel } from '../content/affiliate'

export type LinkTarget = { title: string; url: string }

/**
 * An article body as plain HTML, for feed readers, which run no MDX: each
 * `<Related slug>` card becomes a "Related: <title>" paragraph link,
 * relative links become absolute, and affiliate links keep rel="sponsored".
 */
export async function articleHtml(
  mdx: string,
  { origin, lookup }: { origin: string; lookup: (slug: string) => LinkTarget | undefined },
): Promise<string> {
  const relatedCards = () => (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const slug = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'slug')?.value
      const target = node.name === 'Related' && typeof slug === 'string' ? lookup(slug) : undefined
      // The content check allows no other component; a hidden (draft) target leaves nothing behind.
      const replacement: RootContent[] = target
        ? [
            {
              type: 'paragraph',
              children: [
                { type: 'strong', children: [{ type: 'text', value: 'Related: ' }] },
                { type: 'link', url: target.url, children: [{ type: 'text', value: target.title }] },
              ],
            },
          ]
        : []
      parent.children.splice(index, 1, ...replacement)
      return index
    })
    visit(tree, 'link', (link) => {
      link.url = new URL(link.url, origin).toString()
      const rel = linkRel(link.url)
      if (rel?.includes('sponsored')) link.data = { ...link.data, hProperties: { rel: rel.split(' ') } }
    })
  }
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(relatedCards)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(mdx)
  return String(file)
}
