import { shareTargets } from '@/lib/reach/share'
import { cn } from '@/lib/utils'
import { NativeShare } from './native-share'

const linkClass =
  'inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 py-2 text-sm font-medium hover:border-stone-500 hover:bg-stone-100 dark:border-stone-600 dark:hover:border-stone-400 dark:hover:bg-stone-800'

type ShareLinksProps = { url: string; title: string; className?: string }

/**
 * Share an article: plain links that work with no JavaScript, plus, where
 * the browser has them, the native share sheet and a copy button (one small island).
 */
export function ShareLinks({ url, title, className }: ShareLinksProps) {
  return (
    <section aria-labelledby="share-heading" className={cn('space-y-3', className)}>
      <h2 id="share-heading" className="font-serif text-xl font-bold">
        Share this article
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareTargets(url, title).map((target) => (
          <li key={target.name}>
            <a
              href={target.href}
              className={linkClass}
              rel="noopener noreferrer"
              target={target.name === 'email' ? undefined : '_blank'}
            >
              {target.label}
              {target.name === 'email' ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
        <li>
          <a href={url} className={linkClass}>
            Link to this article
          </a>
        </li>
        <NativeShare url={url} title={title} className={linkClass} />
      </ul>
    </section>
  )
}
