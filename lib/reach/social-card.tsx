import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { siteConfig } from '../site'

export const socialCardSize = { width: 1200, height: 630 }

// The font comes from an npm package and is read from disk at build time:
// nothing is fetched from the network.
const fontFile = (weight: 400 | 700) =>
  readFile(
    path.join(
      process.cwd(),
      `node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`,
    ),
  )

/** The 1200×630 card that social sites show for a link: section, headline, site name. */
export async function socialCard({ kicker, title }: { kicker: string; title: string }): Promise<ImageResponse> {
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)])
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#fafaf9',
        color: '#1c1917',
        fontFamily: 'Source Serif 4',
        borderTop: '24px solid #991b1b',
      }}
    >
      <div style={{ fontSize: 32, fontWeight: 700, letterSpacing: 4, textTransform: 'uppercase', color: '#991b1b' }}>
        {kicker}
      </div>
      <div style={{ fontSize: title.length > 70 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 400, borderTop: '4px solid #1c1917', paddingTop: 24 }}>
        {siteConfig.name}
      </div>
    </div>,
    {
      ...socialCardSize,
      fonts: [
        { name: 'Source Serif 4', data: regular, weight: 400, style: 'normal' },
        { name: 'Source Serif 4', data: bold, weight: 700, style: 'normal' },
      ],
    },
  )
}
