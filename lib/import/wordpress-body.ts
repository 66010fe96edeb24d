import { autop } from '@wordpress/autop'
import { replace, type Shortcode } from '@wordpress/shortcode'
import { escapeHtml } from './html-to-mdx'
import type { SourcePicture } from './source'

/**
 * A WordPress post's stored content as the HTML its theme would have shown:
 * shortcodes made HTML ([caption], [gallery], [embed], [audio], [video]),
 * bare URLs on their own line (which WordPress embeds) made links, and, for
 * content written before the block editor, paragraphs from blank lines as
 * WordPress's own wpautop makes them (@wordpress/autop is its JavaScript port).
 */

export type BodyContext = {
  /** The post's own attachments (ids and pictures), in menu order, for a [gallery] without ids. */
  attachments: readonly { id: string; picture: SourcePicture }[]
  /** The picture an attachment id names. */
  attachment: (id: string) => SourcePicture | null
  warn: (message: string) => void
}

const figureHtml = (picture: SourcePicture) =>
  `<figure><img src="${escapeHtml(picture.url)}" alt="${escapeHtml(picture.alt)}">${
    picture.caption ? `<figcaption>${escapeHtml(picture.caption)}</figcaption>` : ''
  }</figure>`

const linkHtml = (url: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`

/** [caption id="attachment_7" …]<img …> The caption[/caption], or the older caption="…" attribute. */
function caption(shortcode: Shortcode): string {
  const content = shortcode.content ?? ''
  // The picture is the leading <a><img></a> or <img>; what follows it is the caption.
  const match = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content)
  const picture = match?.[1] ?? content
  const text = (shortcode.attrs.named.caption ?? match?.[2] ?? '').trim()
  return `<figure>${picture}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`
}

function gallery(shortcode: Shortcode, context: BodyContext): string {
  const named = shortcode.attrs.named
  const ids = (named.ids ?? named.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  const excluded = new Set((named.exclude ?? '').split(',').map((id) => id.trim()))
  const pictures = ids.length
    ? ids.flatMap((id) => {
        const picture = context.attachment(id)
        if (!picture) context.warn(`[gallery] names attachment ${id}, which the export does not have`)
        return picture ? [picture] : []
      })
    : context.attachments.filter(({ id }) => !excluded.has(id)).map(({ picture }) => picture)
  if (pictures.length === 0) {
    context.warn('[gallery] with no pictures dropped')
    return ''
  }
  return `<figure>${pictures.map(figureHtml).join('')}</figure>`
}

/** The URL a media or embed shortcode plays: its first attribute that is a URL, or its content. */
function mediaUrl(shortcode: Shortcode): string | null {
  const candidates = [shortcode.content ?? '', ...Object.values(shortcode.attrs.named), ...shortcode.attrs.numeric].map(
    (value) => (value ?? '').trim().replace(/^=/, ''),
  )
  return candidates.find((value) => /^https?:\/\//i.test(value)) ?? null
}

const media = (context: BodyContext) => (shortcode: Shortcode) => {
  const url = mediaUrl(shortcode)
  context.warn(`[${shortcode.tag}] embed turned into a link`)
  return url ? linkHtml(url) : ''
}

/** Shortcodes of WordPress and WordPress.com that play someone else's media. */
const mediaTags = [
  'embed',
  'audio',
  'video',
  'playlist',
  'youtube',
  'vimeo',
  'soundcloud',
  'tweet',
  'twitter',
  'instagram',
  'googlemaps',
  'slideshare',
  'dailymotion',
  'ted',
  'wpvideo',
]
/** Shortcodes whose content is code: kept as a code block. */
const codeTags = ['code', 'sourcecode', 'source']

/**
 * Any other [tag …]…[/tag] or [tag attribute="…"]: a plugin's shortcode, which means nothing off its
 * site. Its content is kept and the tag reported; brackets that are text ("[sic]", "[1]") stay.
 */
const otherShortcode = /\[(\/?)([a-z][\w-]*)((?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))*)\s*(\/?)\]/gi

export function wordpressHtml(content: string, context: BodyContext): string {
  let html = content
  html = replace('caption', html, caption)
  html = replace('wp_caption', html, caption)
  html = replace('gallery', html, (shortcode) => gallery(shortcode, context))
  for (const tag of mediaTags) html = replace(tag, html, media(context))
  for (const tag of codeTags) {
    html = replace(tag, html, (shortcode) => `<pre><code>${escapeHtml(shortcode.content ?? '')}</code></pre>`)
  }
  const closed = new Set([...html.matchAll(/\[\/([a-z][\w-]*)\]/gi)].map((match) => match[1]?.toLowerCase()))
  html = html.replace(otherShortcode, (whole, _slash: string, tag: string, attributes: string) => {
    if (!closed.has(tag.toLowerCase()) && !attributes) return whole
    context.warn(`[${tag}] shortcode removed, its text kept`)
    return ''
  })
  // A URL alone on its line is an embed in WordPress (oEmbed): here, a link to it.
  html = html.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gim, (_line, url: string) => {
    context.warn('embed turned into a link')
    return linkHtml(url)
  })
  // Block-editor content is HTML already; WordPress runs wpautop only on classic content.
  return html.includes('<!-- wp:') ? html : autop(html)
}
