/**
 * The site the tests run on, with its own articles and pictures and their
 * history in git: content/ is the newsroom's and changes every day, so no
 * test reads it (`npm test` builds this with CONTENT_DIR=e2e/site/content).
 */
export const SITE = 'e2e/site'

/** How many articles the tests' site publishes (a sixth is a draft); every one has a lead picture. */
export const publishedCount = 5

/** Articles of the tests' site that the specs read about. */
export const seed = {
  path: '/posts/microsoft-loses-first-round-over-dublin-emails',
  title: 'Microsoft Loses First Round in Its Fight Over Emails Stored in Dublin',
}
export const surfaceStudio = {
  path: '/posts/microsoft-surface-studio-better-not-be-a-zune',
  title: 'Microsoft Surface Studio Better Not Be a Zune',
}
/** Leads the front page (e2e/site/content/front-page.yml) over newer stories. */
export const appealsCourt = {
  path: '/posts/appeals-court-sides-with-microsoft-on-dublin-emails',
  title: 'Appeals Court Sides With Microsoft on Emails Stored in Dublin',
}
/** The oldest story, in Tech; its time as a top story passed in 2020. */
export const zune = {
  path: '/posts/microsoft-pulls-the-plug-on-zune',
  title: 'Microsoft Pulls the Plug on Zune Players',
}
/** Carries a clarification (above the body); the seed article carries an update (below it). */
export const supremeCourt = {
  path: '/posts/supreme-court-drops-microsoft-email-case',
  title: 'Supreme Court Drops Microsoft Email Case After the CLOUD Act',
  clarification:
    'An earlier version said only that the justices sent the case back. They also set aside the 2nd Circuit’s 2016 ruling and told the lower courts to dismiss the case.',
}
export const seedUpdate =
  'Microsoft won its appeal: on July 14, 2016, the 2nd U.S. Circuit Court of Appeals ruled that the warrant could not reach emails stored in Ireland.'
export const draft = {
  path: '/posts/explainer-who-can-read-your-cloud-email',
  title: 'Explainer: Who Can Read Your Cloud Email?',
  /** A tag and an archive month that no published article has. */
  onlyTag: '/tags/explainers',
  onlyMonth: '/archive/2026/11',
}
export const affiliateNotice =
  'This post may contain affiliate links, which means we receive a commission if you make a purchase using one of the affiliated links.'

/** The scratch copy of the tests' site the dev server runs on (playwright.config.ts), so an editing test leaves it alone. */
export const DEV_SITE = '.e2e-site'

/**
 * A copy of the project with two old sites imported into the tests' site (npm run build:import: the exports
 * in lib/import/fixtures, through npm run import), built for production and served for the `import` project.
 */
export const IMPORT_SITE = '.e2e-import'
export const IMPORT_PORT = 3104

/** The production build with DATABASE_URL (npm run build:database), and the database it reads, made afresh each run. */
export const E2E_DATABASE_PORT = 3103
export const E2E_DATABASE_URL = (() => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres')
  url.pathname = '/news_ledge_e2e'
  return url.toString()
})()
