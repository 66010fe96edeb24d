import { describe, expect, it } from 'vitest'
import { settle } from './environment'

const build = { devServer: false, productionBuild: true }
const dev = { devServer: true, productionBuild: false }

describe('what a build settles from its environment', () => {
  it('takes the site’s origin from SITE_URL, else Vercel’s production URL, else localhost under next dev', () => {
    expect(settle({ SITE_URL: 'https://news.example/some/path' }, build)).toMatchObject({
      ok: true,
      values: { SITE_URL: 'https://news.example' },
    })
    expect(settle({ VERCEL_PROJECT_PRODUCTION_URL: 'ledge.vercel.app' }, build)).toMatchObject({
      values: { SITE_URL: 'https://ledge.vercel.app' },
    })
    expect(settle({}, dev)).toMatchObject({ values: { SITE_URL: 'http://localhost:3000' } })
  })

  it('refuses a production build without an address, or with one that is not a URL, saying what to do', () => {
    const missing = settle({}, build)
    expect(missing).toMatchObject({ ok: false })
    expect(missing.ok ? '' : missing.problem).toContain('SITE_URL=https://your.domain npm run build')
    const garbled = settle({ SITE_URL: 'news ledge' }, build)
    expect(garbled.ok ? '' : garbled.problem).toContain('SITE_URL is "news ledge", which is not a URL')
  })

  it('shows drafts only where Vercel says preview or development, or under next dev', () => {
    const env = (vercel: string | undefined, phase = build) =>
      settle({ SITE_URL: 'https://news.example', VERCEL_ENV: vercel }, phase)
    expect(env(undefined)).toMatchObject({ values: { CONTENT_ENV: 'production' } })
    expect(env(undefined, dev)).toMatchObject({ values: { CONTENT_ENV: 'development' } })
    expect(env('preview')).toMatchObject({ values: { CONTENT_ENV: 'preview' } })
    expect(env('production', dev)).toMatchObject({ values: { CONTENT_ENV: 'production' } })
    expect(env('staging')).toMatchObject({ values: { CONTENT_ENV: 'production' } })
  })

  it('reads PostgreSQL when DATABASE_URL is set, the content build’s files otherwise', () => {
    expect(settle({ SITE_URL: 'https://news.example' }, build)).toMatchObject({ values: { CONTENT_STORE: 'files' } })
    expect(
      settle({ SITE_URL: 'https://news.example', DATABASE_URL: 'postgres://db.example/news' }, build),
    ).toMatchObject({ values: { CONTENT_STORE: 'postgres' } })
  })
})
