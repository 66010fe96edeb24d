import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast, type Handle } from 'hast-util-to-mdast'
import type { PhrasingContent, Root } from 'mdast'
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { articleElements, globalAttributes } from '../content/mdx-allowed'

/**
 * Another system's HTML body (WordPress after its shortcodes and paragraphs,
 * Ghost) as MDX within the site's allow-list (lib/content/mdx-allowed.ts):
 * Markdown for what Markdown says (headings, lists, quotes, tables, code,
 * links, pictures), <Figure> for a picture with a caption, the allowed inline
 * elements Markdown has no syntax for (abbr, sub, sup, mark, cite…) kept as
 * elements. Scripts, styles, forms and unknown markup are dropped, embeds
 * become plain links, and each kind of thing dropped is reported once.
 */

export type ConvertOptions = {
  /** The href to write for a link, or null to keep its text without the link. */
  link: (href: string) => string | null
  /** A picture's site path and alt text, or null when it cannot be had (the caller reports why). */
  picture: (src: string, alt: string) => { src: string; alt: string } | null
  /** Something dropped or changed that an editor should know about. */
  warn: (message: string) => void
}

/** Elements dropped with what they contain: they run code, take input or draw nothing readable. */
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'canvas',
  'svg',
  'math',
  'map',
  'dialog',
])
/** Other sites' players and pages: a plain link to what they showed. */
const embeds = new Set(['iframe', 'video', 'audio', 'embed', 'object'])
/** Containers whose content is kept as it reads, without the container. */
const containers = new Set([
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'address',
  'picture',
  'source',
  'colgroup',
  'col',
  'body',
  'html',
])
/** What Markdown writes itself (hast-util-to-mdast's handlers). */
const markdown = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'code',
  'tt',
  'var',
  'samp',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'a',
  'img',
  'em',
  'i',
  'strong',
  'b',
  'del',
  's',
  'strike',
  'br',
  'hr',
  'figure',
  'figcaption',
  'details',
  'summary',
])
/** Inline elements of the allow-list that Markdown has no syntax for: kept as elements. */
const keptInline = new Set(['abbr', 'cite', 'dfn', 'kbd', 'mark', 'q', 'small', 'sub', 'sup', 'u', 'ins', 'time'])
/** Old names for elements the site has. */
const renamed: Record<string, string> = { acronym: 'abbr', big: 'strong', h1: 'h2', h5: 'h4', h6: 'h4' }

/** Text as HTML writes it, in an element or a double-quoted attribute. */
export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const text = (value: string): Text => ({ type: 'text', value })
const paragraph = (children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children,
})
const anchor = (href: string, label: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [text(label)],
})

function textOf(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.tagName === 'br') return ' '
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('')
  return ''
}

function descendants(node: Element, tagName: string): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [...(child.tagName === tagName ? [child] : []), ...descendants(child, tagName)] : [],
  )
}

const stringProperty = (element: Element, name: string) => {
  const value = element.properties[name]
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : ''
}

/** A picture marked for the figure handler: its site path, alt text and caption. */
function figureElement(src: string, alt: string, caption: string): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: { dataSrc: src, dataAlt: alt, dataCaption: caption },
    children: [],
  }
}

function clean(nodes: readonly HastContent[], options: ConvertOptions, inFigure = false): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [node]
    if (node.type !== 'element') return []
    const name = renamed[node.tagName] ?? node.tagName
    if ('style' in node.properties) options.warn('inline styles dropped')
    if (dropped.has(name)) {
      options.warn(`<${name}> dropped`)
      return []
    }
    if (embeds.has(name)) {
      const [source] = descendants(node, 'source')
      const src =
        stringProperty(node, 'src') || stringProperty(node, 'data') || (source ? stringProperty(source, 'src') : '')
      const href = src ? options.link(src.startsWith('//') ? `https:${src}` : src) : null
      options.warn(`<${name}> embed turned into a link`)
      return href ? [paragraph([anchor(href, stringProperty(node, 'title') || href)])] : []
    }
    if (name === 'img') {
      const src = stringProperty(node, 'src')
      const picture = src ? options.picture(src, stringProperty(node, 'alt')) : null
      if (!picture) return []
      if (inFigure) return [{ ...node, properties: { src: picture.src, alt: picture.alt } }]
      const title = stringProperty(node, 'title')
      return [{ ...node, properties: { src: picture.src, alt: picture.alt, ...(title ? { title } : {}) } }]
    }
    if (name === 'figure') return figure(node, options)
    if (name === 'a') {
      const children = clean(node.children, options, inFigure)
      // A picture linked to its own file or attachment page: the picture is what readers came for.
      if (
        children.every((child) => child.type === 'element' && (child.tagName === 'img' || child.tagName === 'figure'))
      )
        return children
      const href = stringProperty(node, 'href')
      const target = href ? options.link(href) : null
      return target ? [{ ...node, properties: { href: target }, children }] : children
    }
    const children = clean(node.children, options, inFigure)
    if (containers.has(name)) return children
    if (keptInline.has(name)) {
      const allowed = new Set([...globalAttributes.filter((key) => key !== 'id'), ...(articleElements[name] ?? [])])
      const properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => allowed.has(key)))
      return [{ ...node, tagName: name, properties, children }]
    }
    if (markdown.has(name)) {
      const keep = name === 'td' || name === 'th' || name === 'ol' || name === 'li' || name === 'a'
      return [{ ...node, tagName: name, properties: keep ? node.properties : {}, children }]
    }
    options.warn(`unknown markup <${name}> removed, its text kept`)
    return children
  })
}

/**
 * A figure: one picture with its caption becomes a <Figure>; a gallery (figures in a figure, or several
 * pictures) becomes one <Figure> a picture, and a caption of the whole a paragraph after them.
 */
function figure(node: Element, options: ConvertOptions): ElementContent[] {
  const isCaption = (child: ElementContent) => child.type === 'element' && child.tagName === 'figcaption'
  const caption = node.children
    .filter(isCaption)
    .map((child) => textOf(child).trim())
    .join(' ')
  const captionParagraph = caption ? [paragraph([text(caption)])] : []
  const inner = node.children.filter((child) => !isCaption(child))
  // A figure of something else (a table, an embed, a quote): its content as it reads, the caption after it.
  if (descendants(node, 'img').length === 0) return [...clean(inner, options), ...captionParagraph]
  const pictures = clean(inner, options, true).flatMap((child): Element[] => {
    if (child.type !== 'element') return []
    if (child.tagName === 'figure') return [child]
    const images = child.tagName === 'img' ? [child] : descendants(child, 'img')
    return images.map((image) => figureElement(stringProperty(image, 'src'), stringProperty(image, 'alt'), ''))
  })
  // Every picture dropped (each reported): its caption would describe nothing.
  if (pictures.length === 0) return []
  const [only] = pictures
  const gallery =
    pictures.length > 1 || inner.some((child) => child.type === 'element' && descendants(child, 'figure').length > 0)
  if (only && !gallery && !stringProperty(only, 'dataCaption')) {
    return [figureElement(stringProperty(only, 'dataSrc'), stringProperty(only, 'dataAlt'), caption)]
  }
  return [...pictures, ...captionParagraph]
}

const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'image',
  'mdxJsxTextElement',
])
const isPhrasing = (node: { type: string }): node is PhrasingContent => phrasingTypes.has(node.type)

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value })

const figureHandle: Handle = (_state, node) => {
  const src = stringProperty(node, 'dataSrc')
  if (!src) return undefined
  const caption = stringProperty(node, 'dataCaption')
  return {
    type: 'mdxJsxFlowElement',
    name: 'Figure',
    attributes: [
      attribute('src', src),
      attribute('alt', stringProperty(node, 'dataAlt')),
      ...(caption ? [attribute('caption', caption)] : []),
    ],
    children: [],
  }
}

const inlineHandle: Handle = (state, node) => ({
  type: 'mdxJsxTextElement',
  name: node.tagName,
  attributes: Object.entries(node.properties).flatMap(([key, value]) =>
    typeof value === 'string' ? [attribute(key, value)] : [],
  ),
  children: state.all(node).filter(isPhrasing),
})

const handlers: Record<string, Handle> = {
  figure: figureHandle,
  ...Object.fromEntries([...keptInline].map((name) => [name, inlineHandle])),
}

const stringify = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  fences: true,
  rule: '-',
})

/**
 * MDX reads a line starting with `import` or `export` as JavaScript, where Markdown reads a sentence: such a
 * line outside code starts with a character reference instead, which MDX shows as the letter.
 */
export function escapeEsm(markdown: string): string {
  let fence: string | null = null
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
      if (marker && (fence === null || marker.startsWith(fence))) {
        fence = fence === null ? marker : null
        return line
      }
      if (fence !== null) return line
      return line.replace(
        /^(\s*)([ie])(mport|xport)\b/,
        (_, space: string, first: string, rest: string) => `${space}&#x${first.charCodeAt(0).toString(16)};${rest}`,
      )
    })
    .join('\n')
}

/** The MDX for an HTML body, with what could not come across reported through `options.warn`, each once. */
export function htmlToMdx(html: string, convertOptions: ConvertOptions): string {
  const warned = new Set<string>()
  const options: ConvertOptions = {
    ...convertOptions,
    warn: (message) => {
      if (warned.has(message)) return
      warned.add(message)
      convertOptions.warn(message)
    },
  }
  const tree = fromHtml(html, { fragment: true })
  const cleaned: HastRoot = { type: 'root', children: clean(tree.children, options) }
  const mdast = toMdast(cleaned, { handlers })
  const root: Root = mdast.type === 'root' ? mdast : { type: 'root', children: [] }
  return escapeEsm(stringify.stringify(root).trim())
}

/** The text of some HTML, whitespace collapsed: a title or an excerpt as readers read it. */
export function plainText(html: string): string {
  return textOf(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The body's opening text for a summary when the source has none: its first paragraphs with words in
 * them, until there are `atLeast` characters (a first paragraph is sometimes a dateline or one bold word).
 */
export function openingText(html: string, atLeast = 80): string {
  const tree = fromHtml(html, { fragment: true })
  const paragraphs: Element[] = []
  const walk = (nodes: readonly HastContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element' || dropped.has(node.tagName)) continue
      if (node.tagName === 'p') paragraphs.push(node)
      else walk(node.children)
    }
  }
  walk(tree.children)
  let text = ''
  for (const paragraph of paragraphs) {
    const words = textOf(paragraph).replace(/\s+/g, ' ').trim()
    if (!/\p{L}/u.test(words)) continue
    text = text ? `${text} ${words}` : words
    if (text.length >= atLeast) break
  }
  return text
}

/**
 * A body as its paragraphs' text alone, every character Markdown or MDX would read as syntax written as a
 * character reference: what an import falls back to when a conversion would not pass the site's check.
 */
export function plainBody(html: string): string {
  return html
    .split(/<\/(?:p|h[1-6]|li|blockquote|pre|figure|tr|div)>|<br\s*\/?>/i)
    .map(plainText)
    .filter(Boolean)
    .map((paragraph) => paragraph.replace(/[<>{}[\]*_`#\\&|~!-]/g, (c) => `&#${c.charCodeAt(0)};`))
    .map(escapeEsm)
    .join('\n\n')
}
