import { isValidElement, type ReactNode } from 'react'
import { cn } from '@/lib/utils'
import { Picture } from './picture'

type ArticleFigureProps = {
  src: string
  alt: string
  caption?: string
  credit?: string
  priority?: boolean
  className?: string
}

// The article column is at most 48rem (768 px) wide.
const articleSizes = '(min-width: 800px) 768px, calc(100vw - 2rem)'

/** A picture in an article, the lead one or one in the body, with its caption and credit. */
export function ArticleFigure({ src, alt, caption, credit, priority, className }: ArticleFigureProps) {
  return (
    <figure className={cn('space-y-2', className)}>
      <Picture src={src} alt={alt} sizes={articleSizes} priority={priority} className="rounded-md" />
      {caption || credit ? (
        <figcaption className="font-sans text-sm text-stone-600 dark:text-stone-300">
          {caption}
          {caption && credit ? ' ' : null}
          {credit ? <span className="text-stone-500 dark:text-stone-400">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

/** `![alt](src "caption")` in an article body. */
export function BodyImage({ src, alt, title }: { src?: string; alt?: string; title?: string }) {
  return src ? <ArticleFigure src={src} alt={alt ?? ''} caption={title} className="not-prose my-8" /> : null
}

/** `<Figure src alt caption credit />` in an article body. */
export function Figure(props: { src: string; alt: string; caption?: string; credit?: string }) {
  return <ArticleFigure {...props} className="not-prose my-8" />
}

/**
 * A Markdown paragraph; one that holds only a picture becomes the picture's
 * figure, since a figure cannot sit inside a paragraph.
 */
export function BodyParagraph({ children }: { children?: ReactNode }) {
  if (isValidElement(children) && children.type === BodyImage) return children
  return <p>{children}</p>
}
