import { compile } from '@mdx-js/mdx'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import type { ContentProblem } from './problems'
import { articleComponentNames } from '../content/schema'

const allowed = new Set<string>(articleComponentNames)

export type MdxCheck = { problems: ContentProblem[]; inlineRelated: string[] }

/**
 * Compiles an article body the way the site will, and reports what would
 * break it: MDX syntax errors, components the site does not provide, code
 * in the article, and `<Related>` cards without a plain slug.
 * Line numbers are the file's, not the body's.
 */
export async function checkMdx(file: string, body: string, bodyLine: number): Promise<MdxCheck> {
  const problems: ContentProblem[] = []
  const inlineRelated: string[] = []
  const at = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1)

  const inspect = () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        problems.push({
          file,
          line: at(node.position?.start.line),
          message: 'Articles cannot import or export code. Use the components the site provides.',
        })
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const name = node.name ?? ''
      const line = at(node.position?.start.line)
      // Lower-case names are HTML tags; capitalised ones are components.
      if (!/^[A-Z]/.test(name) && !name.includes('.')) return
      if (!allowed.has(name)) {
        problems.push({
          file,
          line,
          message: `<${name}> is not a component articles can use. Available: ${articleComponentNames.map((n) => `<${n}>`).join(', ')}.`,
        })
        return
      }
      if (name === 'Related') {
        const slug = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'slug')
        if (slug && typeof slug.value === 'string' && slug.value.trim() !== '') inlineRelated.push(slug.value)
        else
          problems.push({
            file,
            line,
            message: '<Related> needs a slug in quotes, e.g. <Related slug="other-article" />.',
          })
      }
    })
  }

  try {
    await compile(body, { remarkPlugins: [remarkGfm, inspect] })
  } catch (error) {
    const place = typeof error === 'object' && error !== null && 'line' in error ? error.line : undefined
    const raw =
      error instanceof Error
        ? 'reason' in error && typeof error.reason === 'string'
          ? error.reason
          : error.message
        : String(error)
    // Positions inside the message count from the body, not the file; the line we report is enough.
    const reason = raw.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    problems.push({
      file,
      line: at(typeof place === 'number' ? place : undefined),
      message: `The body is not valid MDX: ${reason}. Every <Tag> needs a closing </Tag> or must end with />; write a literal < as &lt; and { as \\{.`,
    })
  }
  return { problems, inlineRelated }
}
