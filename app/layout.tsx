import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { EnvironmentBanner } from '@/components/environment-banner'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { alternates } from '@/lib/reach/metadata'
import { siteConfig } from '@/lib/site'
import { contentEnvironment } from '@/lib/content/visibility'
import './globals.css'

// Every page is static, and rebuilt in the background at most a minute after
// it was made, on the next request: that is how a scheduled article reaches
// its page, the lists, related links and feeds at its minute, without a deploy
// (lib/content/posts.ts decides visibility at render; docs/editing.md).
export const revalidate = 60

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
  description: siteConfig.description,
  // A preview deploy must never be indexed; production relies on robots.txt and per-page rules.
  ...(contentEnvironment() === 'preview' ? { robots: { index: false, follow: false } } : {}),
  // Feed autodiscovery on every page (pages that set a canonical repeat it through alternates()).
  alternates: alternates('/'),
  openGraph: { type: 'website', siteName: siteConfig.name, locale: siteConfig.locale.replace('-', '_') },
  twitter: { card: 'summary_large_image' },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </a>
        <EnvironmentBanner />
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
