import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cacheDir } from '../build-cache/paths'
import { articlesFromContentBuild } from './from-content-build'

const root = mkdtempSync(path.join(tmpdir(), 'store-text-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the articles a publish writes', () => {
  it('are the same whether each body’s words come from the build cache or are read afresh', async () => {
    const fresh = await articlesFromContentBuild('preview')
    const first = await articlesFromContentBuild('preview', { cacheRoot: root })
    expect(existsSync(path.join(cacheDir(root), 'store-text.json'))).toBe(true)
    const cached = await articlesFromContentBuild('preview', { cacheRoot: root })
    expect(first).toEqual(fresh)
    expect(cached).toEqual(fresh)
    expect(fresh.some((article) => article.plainText.includes('Preska'))).toBe(true)
  })
})
