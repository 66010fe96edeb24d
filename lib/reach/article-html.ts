import type { Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { linkRel } from '../content/affiliate'
import { articleElements, globalAttributes } from '../content/mdx-allowed'

export type LinkTarget = { title: string; url: string }

type Jsx = MdxJsxFlowElement | MdxJsxTextElement

/** The element's attributes that the allow-list lets through, as hast properties (the same camelCase names JSX uses). */
function properties(node: Jsx, allowed: readonly string[]): Record<string, string | true> {
  const props: Record<string, string | true> = {}
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(attribute.name)) continue
    if (attribute.value === null || attribute.value === undefined) props[attribute.name] = true
    else if (typeof attribute.value === 'string') props[attribute.name] = attribute.value
  }
  return props
}

/**
 * An article body as plain HTML for feed readers, which run no MDX, as a
 * reader sees it on the page: every element the allow-list permits keeps its
 * tag and text; each `<Related slug>` card becomes a "Related: <title>"
 * paragraph link; `{/* comments *\/}` leave nothing; links and pictures are
 * made absolute against the article's own URL, as a browser resolves them on
 * the page; affiliate links keep rel="sponsored". The result is safe inside a
 * CDATA section (no `]]>`).
 */
export async function articleHtml(
  mdx: string,
  { url, lookup }: { url: string; lookup: (slug: string) => LinkTarget | undefined },
): Promise<string> {
  const forFeeds = () => (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const element = node.name ? articleElements[node.name] : undefined
      if (node.name && element) {
        node.data = { ...node.data, hName: node.name, hProperties: properties(node, [...globalAttributes, ...element]) }
        return
      }
      const slug = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'slug')?.value
      const target = node.name === 'Related' && typeof slug === 'string' ? lookup(slug) : undefined
      // The content check allows nothing else; a hidden (draft) target leaves nothing behind.
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
      return [SKIP, index]
    })
    visit(tree, ['link', 'definition', 'image'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return
      node.url = new URL(node.url, url).toString()
      const rel = node.type === 'image' ? undefined : linkRel(node.url)
      if (node.type === 'link' && rel?.includes('sponsored')) {
        node.data = { ...node.data, hProperties: { rel: rel.split(' ') } }
      }
    })
  }
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(forFeeds)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(mdx)
  // `]]>` would end the CDATA section the XML feeds wrap the HTML in; in HTML `>` may always be written &gt;.
  return String(file).replaceAll(']]>', ']]&gt;')
}
