import { compile } from '@mdx-js/mdx'
import type { Root } from 'mdast'
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import {
  articleComponents,
  articleElements,
  globalAttributes,
  isAllowedHref,
  refusedElementAdvice,
} from '../content/mdx-allowed'
import { articleRemarkPlugins } from '../content/compile-mdx'
import type { ContentProblem } from './problems'
import type { PictureUse } from './images'

/**
 * What the body says, in the order it says it: problems, and the pictures it
 * names, which are checked against the files on disk afterwards
 * (lib/checks/images.ts), so this part depends on the article's text alone.
 */
export type MdxCheck = { findings: (ContentProblem | PictureUse)[]; inlineRelated: string[] }

const componentList = Object.keys(articleComponents)
  .map((name) => `<${name}>`)
  .join(', ')

/** An `{…}` that holds only comments, which MDX allows as `{/* note *\/}` and which run nothing. */
const isCommentOnly = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .trim() === ''

/** Why an attribute is refused on an element, or null when it is allowed. */
function attributeProblem(
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  allowed: readonly string[],
) {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return `<${element}> has {…} among its attributes, which is code; write each attribute as name="text".`
  }
  const { name, value } = attribute
  if (/^on/i.test(name)) return `${name} on <${element}> would run a script; articles cannot run scripts.`
  if (name === 'style' || name === 'className' || name === 'class') {
    return `${name} on <${element}>: articles take their look from the site, so styles and classes are not allowed.`
  }
  if (!allowed.includes(name)) {
    const list = allowed.length > 0 ? allowed.join(', ') : 'none'
    return `<${element}> cannot take ${name}. Attributes it can take: ${list}.`
  }
  if (value !== null && typeof value !== 'string') {
    return `${name} on <${element}> is {…}, which is code run when the site is built; write it as ${name}="text".`
  }
  return null
}

/**
 * Compiles an article body the way the site will, and reports what would
 * break it or does not belong in it: MDX syntax errors, and anything outside
 * the allow-list in lib/content/mdx-allowed.ts (HTML elements and their
 * attributes, components, `{…}` code, link schemes, pictures from other
 * sites). Line numbers are the file's, not the body's.
 */
export async function checkMdx(file: string, body: string, bodyLine: number): Promise<MdxCheck> {
  const findings: (ContentProblem | PictureUse)[] = []
  const inlineRelated: string[] = []
  const at = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1)
  const report = (line: number | undefined, message: string) => findings.push({ file, line: at(line), message })

  const inspect = () => (tree: Root) => {
    visit(tree, (node) => {
      const line = node.position?.start.line
      switch (node.type) {
        case 'mdxjsEsm':
          report(line, 'Articles cannot import or export code. Use the components the site provides.')
          return
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isCommentOnly(node.value)) {
            report(
              line,
              `{${node.value.trim()}} is code, which would run when the site is built; articles cannot run code. To write a literal brace, escape it as \\{.`,
            )
          }
          return
        case 'heading':
          if (node.depth === 1) report(line, refusedElementAdvice.h1 ?? '')
          return
        case 'link':
        case 'definition':
          if (!isAllowedHref(node.url)) {
            report(
              line,
              `The link to ${node.url} is not allowed: links go to http(s), mailto or tel addresses, or to pages of this site.`,
            )
          }
          return
        case 'image':
          findings.push({ kind: 'markdown', src: node.url, alt: node.alt ?? undefined, line: at(line) })
          return
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          break
        default:
          return
      }
      const name = node.name
      if (name === null) {
        report(line, 'Empty tags <></> are not needed in an article; remove them.')
        return
      }
      const component = articleComponents[name]
      const element = articleElements[name]
      const allowed = component ?? (element ? [...globalAttributes, ...element] : undefined)
      if (!allowed) {
        const advice = refusedElementAdvice[name]
        report(
          line,
          /^[A-Z]/.test(name) || name.includes('.')
            ? `<${name}> is not a component articles can use. Available: ${componentList}.`
            : `<${name}> is not allowed in an article. ${advice ?? `Use Markdown, or one of the HTML elements listed in docs/editing.md.`}`,
        )
        return
      }
      for (const attribute of node.attributes) {
        const problem = attributeProblem(name, attribute, allowed)
        if (problem) report(line, problem)
      }
      if (name === 'Figure') {
        const value = (attr: string) => {
          const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === attr)
          return typeof found?.value === 'string' ? found.value : undefined
        }
        const src = value('src')
        if (src) findings.push({ kind: 'figure', src, alt: value('alt'), line: at(line) })
        else report(line, '<Figure> needs src="/images/…" and alt="what it shows".')
      }
      if (name === 'Related') {
        const slug = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'slug')
        if (slug && typeof slug.value === 'string' && slug.value.trim() !== '') inlineRelated.push(slug.value)
        else report(line, '<Related> needs a slug in quotes, e.g. <Related slug="other-article" />.')
      }
    })
  }

  try {
    await compile(body, { remarkPlugins: [...articleRemarkPlugins, inspect] })
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
    findings.push({
      file,
      line: at(typeof place === 'number' ? place : undefined),
      message: `The body is not valid MDX: ${reason}. Every <Tag> needs a closing </Tag> or must end with />; write a literal < as &lt; and { as \\{.`,
    })
  }
  return { findings, inlineRelated }
}
