import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { parseMdx } from '../content/mdx-tree'
import { visit } from 'unist-util-visit'

/**
 * An article's words as a reader sees them, one string per block (heading,
 * paragraph, list item, quote), without MDX syntax: what the history page
 * compares between versions and what the corrections check calls "the text".
 * Markup-only edits (a link target, emphasis, a line break) change nothing here.
 */

const blockTypes = new Set(['heading', 'paragraph', 'code', 'html', 'tableRow', 'mdxJsxFlowElement'])

function blockText(node: RootContent): string {
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Related') {
    const slug = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'slug')
    return `Related article: ${typeof slug?.value === 'string' ? slug.value : ''}`
  }
  // Pictures are not the article's words: adding one is not a correction.
  if (node.type === 'tableRow')
    return node.children.map((cell) => toString(cell, { includeImageAlt: false })).join(' | ')
  return toString(node, { includeImageAlt: false })
}

/** The body's text blocks in reading order; MDX comments and code expressions are not text. */
export function plainTextBlocks(mdx: string): string[] {
  let tree: Root
  try {
    tree = parseMdx(mdx)
  } catch {
    // Invalid MDX never builds (the content check stops it); compare it as written.
    return mdx.split(/\n{2,}/).map((block) => block.trim())
  }
  const blocks: string[] = []
  visit(tree, (node) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return 'skip'
    if (node.type !== 'root' && blockTypes.has(node.type)) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') return 'skip'
      if (node.type === 'mdxJsxFlowElement' && node.name !== 'Related' && node.children.length > 0) return undefined
      const text = blockText(node).replace(/\s+/g, ' ').trim()
      if (text) blocks.push(text)
      return 'skip'
    }
    return undefined
  })
  return blocks
}

/** Headline, summary and body as one comparable text. */
export function articleText(article: { title: string; summary: string; body: string }): string {
  return [article.title, article.summary, ...plainTextBlocks(article.body)].join('\n\n')
}
