import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { validateXML } from 'xmllint-wasm'

const schema = {
  fileName: 'sitemap-0.9.xsd',
  contents: readFileSync(path.join(import.meta.dirname, 'schemas', 'sitemap-0.9.xsd'), 'utf8'),
}

export type SitemapUrl = { loc: string; lastmod?: string }
export type SitemapDocument = { path: string; bytes: number; entries: SitemapUrl[] }

/** A sitemap document's entries (<url> or <sitemap>), after it validates against the protocol's schema. */
async function readDocument(request: APIRequestContext, url: string): Promise<SitemapDocument> {
  const response = await request.get(url)
  if (response.status() !== 200) throw new Error(`${url} answered ${response.status()}`)
  const xml = await response.text()
  const { valid, errors } = await validateXML({ xml: { fileName: 'sitemap.xml', contents: xml }, schema })
  if (!valid) throw new Error(`${url} is not a valid sitemap:\n${errors.map((e) => e.rawMessage).join('\n')}`)
  const parsed: unknown = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml)
  const root =
    typeof parsed === 'object' && parsed
      ? 'urlset' in parsed
        ? parsed.urlset
        : 'sitemapindex' in parsed
          ? parsed.sitemapindex
          : undefined
      : undefined
  const list =
    typeof root === 'object' && root ? ('url' in root ? root.url : 'sitemap' in root ? root.sitemap : []) : []
  const entries = (Array.isArray(list) ? list : []).flatMap((entry: unknown): SitemapUrl[] =>
    typeof entry === 'object' && entry && 'loc' in entry && typeof entry.loc === 'string'
      ? [
          {
            loc: entry.loc,
            ...('lastmod' in entry && typeof entry.lastmod === 'string' ? { lastmod: entry.lastmod } : {}),
          },
        ]
      : [],
  )
  return { path: new URL(url, 'http://site').pathname, bytes: Buffer.byteLength(xml), entries }
}

/**
 * /sitemap.xml, the index robots.txt names, and every sitemap file it lists, each checked against
 * the sitemaps.org schema (e2e/schemas/sitemap-0.9.xsd), as Search Console reads them.
 */
export async function readSitemaps(request: APIRequestContext) {
  const index = await readDocument(request, '/sitemap.xml')
  const files = await Promise.all(index.entries.map((entry) => readDocument(request, new URL(entry.loc).pathname)))
  return { index, files, urls: files.flatMap((file) => file.entries) }
}
