import Link from 'next/link'
import type { ComponentPropsWithoutRef } from 'react'
import { linkRel } from '@/lib/content/affiliate'

/** Links inside an article: internal ones go through next/link; affiliate ones get rel="sponsored". */
export function BodyLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    )
  }
  return (
    <a href={href} rel={linkRel(href)} {...rest}>
      {children}
    </a>
  )
}
