import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ResultCache } from './result-cache'

const isNumber = (value: unknown): value is number => typeof value === 'number'
let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))
const open = (version = 'v1') => new ResultCache(root, 'test', version, isNumber)

describe('ResultCache', () => {
  it('gives back what the last build kept, and keeps only what this build used', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cache-'))
    const first = open()
    expect(await first.through('a', () => 1)).toBe(1)
    expect(await first.through('b', () => 2)).toBe(2)
    first.save()

    const second = open()
    expect(await second.through('a', () => 10)).toBe(1)
    expect(second.hits).toBe(1)
    second.save()

    const third = open()
    expect(third.get('a')).toBe(1)
    expect(third.get('b')).toBeUndefined()
  })

  it('starts empty when other code wrote the file, or the file is damaged', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cache-'))
    const cache = open()
    cache.set('a', 1)
    cache.save()
    expect(open('v2').get('a')).toBeUndefined()

    const text = readFileSync(cache.file, 'utf8')
    writeFileSync(cache.file, text.replace(':1', ':2'))
    expect(open().get('a')).toBeUndefined()
    writeFileSync(cache.file, text.slice(0, 20))
    expect(open().get('a')).toBeUndefined()
    writeFileSync(cache.file, text)
    expect(open().get('a')).toBe(1)
  })

  it('ignores an entry of the wrong shape', () => {
    root = mkdtempSync(path.join(tmpdir(), 'cache-'))
    const strings = new ResultCache(root, 'test', 'v1', (value: unknown): value is string => typeof value === 'string')
    strings.set('a', 'text')
    strings.save()
    expect(open().get('a')).toBeUndefined()
  })
})
