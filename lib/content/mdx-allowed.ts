/**
 * What an article body may contain, beyond Markdown: the one list the content
 * check enforces and the feed renderer follows. With a CSP that must allow
 * inline scripts for Next's static pages, this check is what keeps scripts,
 * frames and other sites' content out of the articles (docs/editing.md).
 */

/** Attributes any allowed element may carry. */
export const globalAttributes = ['id', 'title', 'lang', 'dir'] as const

/** HTML elements an article may write as tags, with the attributes each may carry beyond the global ones. */
export const articleElements: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['dateTime'],
  details: ['open'],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  hr: [],
  i: [],
  ins: ['dateTime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colSpan', 'rowSpan'],
  tfoot: [],
  th: ['colSpan', 'rowSpan', 'scope'],
  thead: [],
  time: ['dateTime'],
  tr: [],
  u: [],
  ul: [],
  wbr: [],
}

/** Components an article may use, with the attributes each takes. */
export const articleComponents: Readonly<Record<string, readonly string[]>> = {
  Related: ['slug'],
  Figure: ['src', 'alt', 'caption', 'credit'],
}

/** Where an element that is refused has a better way, the message says it. */
export const refusedElementAdvice: Readonly<Record<string, string>> = {
  a: 'Write links in Markdown, [text](https://…), so every link goes through the site’s link component (which marks affiliate links rel="sponsored").',
  img: 'Pictures are Markdown images of the site’s own files, ![what the picture shows](/images/file.png "Caption"), or <Figure src="/images/file.png" alt="…" caption="…" credit="…" />, with the file under public/images/.',
  h1: 'The headline is the only h1; start sections at ## (h2).',
  script: 'Articles cannot run scripts.',
  iframe: 'Articles cannot embed other sites’ pages.',
  style: 'Articles take their look from the site.',
}

/** Link targets an article may use: the web, email, phone, and paths or anchors on this site. */
export function isAllowedHref(href: string): boolean {
  if (/^(https?:|mailto:|tel:)/i.test(href)) return true
  // Anything else with a scheme (javascript:, data:, vbscript:, file:) is refused; relative paths and anchors pass.
  return !/^[a-z][a-z0-9+.-]*:/i.test(href.replace(/[\s\u0000-\u001f]/g, ''))
}
