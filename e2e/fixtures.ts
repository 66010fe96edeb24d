/** Articles in content/ that the specs read about. */
export const seed = {
  path: '/posts/microsoft-loses-first-round-over-dublin-emails',
  title: 'Microsoft Loses First Round in Its Fight Over Emails Stored in Dublin',
}
export const surfaceStudio = {
  path: '/posts/microsoft-surface-studio-better-not-be-a-zune',
  title: 'Microsoft Surface Studio Better Not Be a Zune',
}
export const draft = {
  path: '/posts/explainer-who-can-read-your-cloud-email',
  title: 'Explainer: Who Can Read Your Cloud Email?',
}
export const affiliateNotice =
  'This post may contain affiliate links, which means we receive a commission if you make a purchase using one of the affiliated links.'

/** The scratch copy of content/ the dev server runs on (playwright.config.ts), so an editing test leaves content/ alone. */
export const DEV_CONTENT = '.e2e-content'
