import { useId } from 'react'
import { siteConfig } from '@/lib/site'
import { cn } from '@/lib/utils'

/**
 * The provider's embeddable sign-up form: a plain HTML POST, so it works with
 * JavaScript off and needs no server code or keys of ours.
 */
export function NewsletterForm({ className }: { className?: string }) {
  const inputId = useId()
  const { newsletter } = siteConfig
  if (!newsletter) return null
  return (
    <form action={newsletter.action} method="post" className={cn('flex flex-wrap items-end gap-2', className)}>
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium">
          Get the newsletter by email
        </label>
        <input
          id={inputId}
          type="email"
          name={newsletter.emailField}
          required
          autoComplete="email"
          placeholder="you@example.com"
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3 text-stone-900 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-red-800 px-4 font-semibold text-white hover:bg-red-900 dark:bg-red-300 dark:text-stone-950 dark:hover:bg-red-200"
      >
        Subscribe
      </button>
    </form>
  )
}
