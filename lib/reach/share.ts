/**
 * Where each "share" link sends a reader, with the article's canonical URL
 * and headline encoded once, here: headlines carry `&`, quotes, `#` and
 * non-Latin text, which must reach the other site as written.
 */
export type ShareTarget = { name: string; label: string; href: string }

export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return [
    { name: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: 'x', label: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    {
      name: 'bluesky',
      label: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
  ]
}
