import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { escapeHtml } from './html-to-mdx'

/**
 * Ghost's editor formats as HTML, for a post whose export carries no `html`
 * (Ghost writes it for published posts; drafts may have only the editor's
 * document). Lexical (Ghost 5's editor) and mobiledoc (Ghost 1–4) with
 * Ghost's cards: pictures, galleries, code, HTML, Markdown, embeds and
 * bookmarks (as links), callouts, toggles, buttons. Ghost's own renderer
 * (@tryghost/kg-lexical-html-renderer) needs Node 22 and a DOM (jsdom); this
 * covers the documented node types on the Node 20 the site runs, and names
 * any other card in a warning.
 */

type Warn = (message: string) => void
type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: Json | undefined) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : [])

const markdownToHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)

/** A Markdown card's text as HTML. */
export const markdownHtml = (markdown: string) => String(markdownToHtml.processSync(markdown))

const figure = (src: string, alt: string, caption: string) =>
  `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
const linkParagraph = (url: string, text: string) =>
  `<p><a href="${escapeHtml(url)}">${escapeHtml(text || url)}</a></p>`

/** A card, by its type and payload, as both formats carry them. */
function card(type: string, payload: JsonObject, warn: Warn): string {
  switch (type) {
    case 'image':
      return figure(str(payload.src), str(payload.alt), str(payload.caption))
    case 'gallery':
      return `<figure>${list(payload.images)
        .filter(isObject)
        .map((image) => figure(str(image.src), str(image.alt), str(image.caption)))
        .join('')}${str(payload.caption) ? `<figcaption>${str(payload.caption)}</figcaption>` : ''}</figure>`
    case 'code':
    case 'codeblock':
      return `<pre><code>${escapeHtml(str(payload.code))}</code></pre>`
    case 'html':
      return str(payload.html)
    case 'markdown':
    case 'card-markdown':
      return markdownHtml(str(payload.markdown))
    case 'hr':
    case 'horizontalrule':
      return '<hr>'
    case 'embed':
    case 'video':
    case 'audio':
    case 'file':
      warn(`${type} card turned into a link`)
      return str(payload.url) || str(payload.src)
        ? linkParagraph(str(payload.url) || str(payload.src), str(payload.caption))
        : ''
    case 'bookmark': {
      const metadata = isObject(payload.metadata) ? payload.metadata : {}
      return linkParagraph(str(payload.url), str(metadata.title))
    }
    case 'callout':
      return `<blockquote><p>${str(payload.calloutText)}</p></blockquote>`
    case 'toggle':
      return `<details><summary>${str(payload.heading)}</summary>${str(payload.content)}</details>`
    case 'button':
      return linkParagraph(str(payload.buttonUrl), str(payload.buttonText))
    case 'paywall':
    case 'email':
    case 'email-cta':
    case 'signup':
      warn(`Ghost's ${type} card dropped: it belongs to Ghost's membership and email`)
      return ''
    default:
      warn(`Ghost card "${type}" dropped: no way to show it here`)
      return ''
  }
}

// --- Lexical ---

/** Lexical's text format bits, outermost first. */
const formats: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

function lexicalNode(node: JsonObject, warn: Warn): string {
  const children = () =>
    list(node.children)
      .filter(isObject)
      .map((child) => lexicalNode(child, warn))
      .join('')
  const type = str(node.type)
  switch (type) {
    case 'root':
      return children()
    case 'paragraph':
      return `<p>${children()}</p>`
    case 'heading': {
      const tag = /^h[1-6]$/.test(str(node.tag)) ? str(node.tag) : 'h2'
      return `<${tag}>${children()}</${tag}>`
    }
    case 'quote':
    case 'aside':
      return `<blockquote>${children()}</blockquote>`
    case 'list': {
      const tag = str(node.listType) === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children()}</${tag}>`
    }
    case 'listitem':
      return `<li>${children()}</li>`
    case 'link':
    case 'autolink':
      return `<a href="${escapeHtml(str(node.url))}">${children()}</a>`
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'text':
    case 'extended-text': {
      const format = typeof node.format === 'number' ? node.format : 0
      return formats.reduceRight(
        (html, [bit, tag]) => (format & bit ? `<${tag}>${html}</${tag}>` : html),
        escapeHtml(str(node.text)),
      )
    }
    case 'extended-heading':
      return `<h2>${children()}</h2>`
    default:
      return card(type, node, warn)
  }
}

/** A Lexical document (Ghost's `lexical` field, JSON text) as HTML. */
export function lexicalHtml(lexical: string, warn: Warn): string {
  const document: Json = JSON.parse(lexical)
  const root = isObject(document) && isObject(document.root) ? document.root : null
  if (!root) throw new Error('not a Lexical document (no root)')
  return lexicalNode(root, warn)
}

// --- mobiledoc ---

/** A mobiledoc document (Ghost's `mobiledoc` field, JSON text) as HTML. */
export function mobiledocHtml(mobiledoc: string, warn: Warn): string {
  const document: Json = JSON.parse(mobiledoc)
  if (!isObject(document)) throw new Error('not a mobiledoc document')
  const markups = list(document.markups).map((markup) => list(markup))
  const atoms = list(document.atoms).map((atom) => list(atom))
  const cards = list(document.cards).map((entry) => list(entry))
  const markers = (items: Json[]) => {
    const open: string[] = []
    let html = ''
    for (const marker of items.map((item) => list(item))) {
      const [kind, opens, closes, value] = marker
      for (const index of list(opens)) {
        const markup = markups[typeof index === 'number' ? index : -1] ?? []
        const tag = str(markup[0]).toLowerCase()
        const attributes = list(markup[1])
        const href = attributes[attributes.indexOf('href') + 1]
        html += tag === 'a' ? `<a href="${escapeHtml(str(href))}">` : `<${tag}>`
        open.push(tag)
      }
      if (kind === 1) {
        const atom = atoms[typeof value === 'number' ? value : -1] ?? []
        html += str(atom[0]) === 'soft-return' ? '<br>' : escapeHtml(str(atom[1]))
      } else {
        html += escapeHtml(str(value))
      }
      for (let n = 0; n < (typeof closes === 'number' ? closes : 0); n += 1) html += `</${open.pop() ?? ''}>`
    }
    return (
      html +
      open
        .reverse()
        .map((tag) => `</${tag}>`)
        .join('')
    )
  }
  return list(document.sections)
    .map((section) => list(section))
    .map((section) => {
      const [kind, tagOrIndex, content] = section
      if (kind === 1) {
        const tag = str(tagOrIndex).toLowerCase()
        const block = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'aside'].includes(tag) ? tag : 'p'
        return `<${block === 'aside' ? 'blockquote' : block}>${markers(list(content))}</${block === 'aside' ? 'blockquote' : block}>`
      }
      if (kind === 3) {
        const tag = str(tagOrIndex).toLowerCase() === 'ol' ? 'ol' : 'ul'
        return `<${tag}>${list(content)
          .map((item) => `<li>${markers(list(item))}</li>`)
          .join('')}</${tag}>`
      }
      if (kind === 2) return figure(str(tagOrIndex), '', '')
      if (kind === 10) {
        const [name, payload] = cards[typeof tagOrIndex === 'number' ? tagOrIndex : -1] ?? []
        return card(str(name), isObject(payload) ? payload : {}, warn)
      }
      return ''
    })
    .join('\n')
}
