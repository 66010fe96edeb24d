import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-preview/**',
    '.next-database/**',
    '.contentlayer/**',
    '.contentlayer-batch/**',
    '.bench/**',
    '.e2e-site/**',
    '.e2e-import/**',
    '.search/**',
    'public/_img/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Casts hide type errors, above all over Contentlayer's generated types; narrow instead.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      // Named exports everywhere but in Next's own files (see the override below).
      'import/no-default-export': 'error',
      // `const { body, ...summary } = post` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: [
      'app/**/{page,layout,not-found,error,global-error,loading,template,default,opengraph-image,twitter-image,icon,sitemap,robots}.tsx',
      'app/**/{sitemap,robots,manifest}.ts',
      '*.config.{js,mjs,ts}',
      'eslint.config.mjs',
      'next.config.js',
    ],
    rules: { 'import/no-default-export': 'off' },
  },
])
