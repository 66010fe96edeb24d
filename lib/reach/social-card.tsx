import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { siteConfig } from '../site'
import { cardText, type CardFont } from './card-fonts'
import { shapeHeadline } from './card-shaping'

export const socialCardSize = { width: 1200, height: 630 }

const frame = {
  width: '100%',
  height: '100%',
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'space-between',
  padding: 72,
  background: '#fafaf9',
  color: '#1c1917',
  borderTop: '24px solid #991b1b',
} as const

/** A headline as words and emoji pictures, so emoji never go to next/og's CDN; CJK splits per character to wrap. */
function Headline({ title, emoji }: { title: string; emoji: Map<string, string> }) {
  const size = title.length > 70 ? 60 : 72
  if (emoji.size === 0) return <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
  const pattern = new RegExp(
    `(${[...emoji.keys()].map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|\\s+)`,
    'u',
  )
  const tokens = title.split(pattern).filter((token) => token !== '')
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        fontSize: size,
        fontWeight: 700,
        lineHeight: 1.1,
      }}
    >
      {tokens.map((token, i) => {
        const image = emoji.get(token)
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>; next/image is for pages
        if (image) return <img key={i} src={image} width={size} height={size} alt="" style={{ margin: '0 8px' }} />
        if (/^\s+$/.test(token)) return <span key={i} style={{ width: size * 0.25 }} />
        return <span key={i}>{token}</span>
      })}
    </div>
  )
}

/** The headline as satori draws it (text in bundled fonts, emoji as pictures), or shaped by HarfBuzz as a picture. */
function headlineOf(title: string) {
  const text = cardText(title, 700)
  if (text) return { text, shaped: null }
  const shaped = shapeHeadline(title, {
    width: socialCardSize.width - 2 * 72,
    sizes: [72, 60, 52, 44],
    // What the card leaves between the section and the site name.
    maxHeight: 330,
    color: '#1c1917',
  })
  return shaped ? { text: null, shaped } : null
}

/**
 * The 1200×630 card that social sites show for a link: section, headline,
 * site name. Every glyph comes from fonts bundled from npm (lib/reach/card-fonts.ts),
 * so a build never reaches the network. Arabic, Hebrew and Devanagari headlines
 * are shaped with HarfBuzz (lib/reach/card-shaping.ts). A headline the card
 * cannot draw (a script it has no font or shaper for) gets a clean card with
 * the section and the site's name, never boxes or a failed build.
 */
export async function socialCard({ kicker, title }: { kicker: string; title: string }): Promise<Response> {
  const chrome = cardText(`${kicker}${siteConfig.name}`, 700)
  const chromeRegular = cardText(siteConfig.name, 400)
  if (!chrome || !chromeRegular) throw new Error('social card: the bundled fonts cannot draw the section or site name')
  const headline = headlineOf(title)
  const fonts: CardFont[] = [...chrome.fonts, ...chromeRegular.fonts, ...(headline?.text?.fonts ?? [])]
  const fontFamily = [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ')
  // Rendered to bytes here, so that a renderer failure on an odd headline is caught and still yields a card.
  const render = async (withHeadline: boolean) =>
    new Response(
      await new ImageResponse(
        <div style={{ ...frame, fontFamily }}>
          <div
            style={{ fontSize: 32, fontWeight: 700, letterSpacing: 4, textTransform: 'uppercase', color: '#991b1b' }}
          >
            {kicker}
          </div>
          {withHeadline && headline?.text ? (
            <Headline title={title} emoji={headline.text.emoji} />
          ) : withHeadline && headline?.shaped ? (
            // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>; next/image is for pages
            <img
              src={`data:image/svg+xml;base64,${Buffer.from(headline.shaped.svg).toString('base64')}`}
              width={headline.shaped.width}
              height={headline.shaped.height}
              alt=""
            />
          ) : (
            <div style={{ display: 'flex', height: 8, width: 240, background: '#991b1b' }} />
          )}
          <div
            style={{ display: 'flex', fontSize: 36, fontWeight: 400, borderTop: '4px solid #1c1917', paddingTop: 24 }}
          >
            {siteConfig.name}
          </div>
        </div>,
        { ...socialCardSize, fonts },
      ).arrayBuffer(),
      { headers: { 'Content-Type': 'image/png' } },
    )
  if (!headline) return render(false)
  try {
    return await render(true)
  } catch {
    return render(false)
  }
}

/** Whether a headline is drawn on its card, or the card falls back to section and site name. */
export function cardShowsHeadline(title: string): boolean {
  return headlineOf(title) !== null
}

/**
 * The card of an article with a lead picture: the picture's 16:9 crop (made
 * by the content build under public/_img/), filling the card.
 */
export async function pictureCard(sitePath: string): Promise<ImageResponse> {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'public', sitePath)
  const data = `data:image/jpeg;base64,${(await readFile(file)).toString('base64')}`
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
    <img
      src={data}
      alt=""
      width={socialCardSize.width}
      height={socialCardSize.height}
      style={{ objectFit: 'cover' }}
    />,
    socialCardSize,
  )
}
