import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { importClosure, propertiesRead } from './imports'

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** A project of its own in a temporary folder: file → text. */
function project(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), 'imports-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  return root
}

describe('importClosure', () => {
  it('follows every way a module loads another, and leaves out types, packages and what it is told to', () => {
    project({
      'entry.ts': [
        "import { a } from './lib/a'",
        "import type { T } from './lib/only-types'",
        "export { b } from './lib/b.js'",
        "import * as React from 'react'",
        "import config from './lib/config.json'",
        "const lazy = () => import('@/lib/lazy')",
        "const old = require('./lib/old.mjs')",
        "import { ranked } from './lib/elsewhere/rank'",
      ].join('\n'),
      'lib/a.ts': "import { deep } from './deep/index'\nexport const a = deep",
      'lib/deep/index.ts': "export { entry } from '../../entry'\nexport const deep = 1",
      'lib/only-types.ts': 'export type T = string',
      'lib/b.ts': 'export const b = 2',
      'lib/config.json': '{}',
      'lib/lazy/index.tsx': 'export const lazy = 3',
      'lib/old.mjs': 'export const old = 4',
      'lib/elsewhere/rank.ts': "import { far } from './far'\nexport const ranked = far",
      'lib/elsewhere/far.ts': 'export const far = 5',
      'lib/unused.ts': 'export const unused = 6',
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          allowJs: true,
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          paths: { '@/*': ['./*'] },
        },
      }),
    })
    expect(importClosure(root, ['entry.ts'], { except: ['lib/elsewhere'] })).toEqual([
      'entry.ts',
      'lib/a.ts',
      'lib/b.ts',
      'lib/config.json',
      'lib/deep/index.ts',
      'lib/lazy/index.tsx',
      'lib/old.mjs',
    ])
  })

  it('names the module whose import names no file', () => {
    project({
      'entry.ts': "import { a } from './lib/a'",
      'lib/a.ts': "export { gone } from './gone'",
      'tsconfig.json': JSON.stringify({ compilerOptions: { moduleResolution: 'bundler' } }),
    })
    expect(() => importClosure(root, ['entry.ts'])).toThrow(
      'lib/a.ts imports ./gone, which names no file of the project.',
    )
  })
})

describe('propertiesRead', () => {
  const site = [
    "import { origin } from './origin'",
    'export const config = {',
    "  name: 'Ledge',",
    "  timeZone: 'America/New_York',",
    '  url: origin(),',
    '  related: { limit: 3 },',
    '}',
  ].join('\n')

  it('gives the source of each property read, by name, dotted or destructured, but those left to others', () => {
    project({
      'site.ts': site,
      'dates.ts': "import { config } from './site'\nconst { timeZone } = config",
      'urls.ts': "import { config } from './site'\nexport const home = new URL('/', config.url)",
      'rank.ts': "import { config } from './site'\nexport const limit = config.related.limit",
    })
    expect(propertiesRead(root, ['dates.ts', 'urls.ts', 'rank.ts'], 'site.ts', 'config', { except: ['related'] })).toBe(
      "timeZone: 'America/New_York'\nurl: origin()",
    )
  })

  it('gives the whole file where a module uses the object whole, or reads what its literal does not write', () => {
    for (const use of [
      "import { config } from './site'\nexport const copy = { ...config }",
      "import { config } from './site'\nexport const pick = (key: 'name') => config[key]",
      "import { config } from './site'\nconst { name, ...rest } = config",
      "import { config } from './site'\nexport const missing = (config as { slogan?: string }).slogan",
      "import { config } from './site'\nexport const missing = config.slogan",
    ]) {
      project({ 'site.ts': site, 'reader.ts': use })
      expect(propertiesRead(root, ['reader.ts'], 'site.ts', 'config'), use).toBe(site)
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('gives the whole file where a property read takes its value from a constant the file declares', () => {
    // The constant's value is not in the property's text: a change to it must count all the same.
    const withConstant = site
      .replace("  timeZone: 'America/New_York',", '  timeZone: ZONE,')
      .replace('export const config', "const ZONE = 'America/New_York'\nexport const config")
    project({ 'site.ts': withConstant, 'dates.ts': "import { config } from './site'\nconst { timeZone } = config" })
    expect(propertiesRead(root, ['dates.ts'], 'site.ts', 'config')).toBe(withConstant)
    rmSync(root, { recursive: true, force: true })
    // An imported function is code, counted with the code: its call's text is enough.
    project({ 'site.ts': site, 'urls.ts': "import { config } from './site'\nexport const home = config.url" })
    expect(propertiesRead(root, ['urls.ts'], 'site.ts', 'config')).toBe('url: origin()')
  })
})
