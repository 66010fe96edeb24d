import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'

/**
 * A WordPress export (WXR 1.1/1.2, Tools → Export), read as a stream: an
 * archive of 100,000 posts is a file of gigabytes, so nothing holds more than
 * one item at a time. Only what the import uses is kept; comments and menu
 * items are passed over.
 */

export type WxrAuthor = {
  id: string
  login: string
  displayName: string
  firstName: string
  lastName: string
}
export type WxrTerm = { id: string; slug: string; name: string; parent: string; description: string }
export type WxrChannel = {
  title: string
  link: string
  /** Where the blog lived, e.g. https://example.com/blog: its path is the old URLs' base. */
  baseBlogUrl: string
  baseSiteUrl: string
  authors: WxrAuthor[]
  categories: WxrTerm[]
  tags: WxrTerm[]
}
/** A category or tag an item carries: `domain` is category or post_tag. */
export type WxrItemTerm = { domain: string; slug: string; name: string }
export type WxrItem = {
  title: string
  link: string
  creator: string
  content: string
  excerpt: string
  id: string
  date: string
  dateGmt: string
  modifiedGmt: string
  name: string
  status: string
  parent: string
  type: string
  password: string
  attachmentUrl: string
  terms: WxrItemTerm[]
  meta: Map<string, string>
}

const emptyChannel = (): WxrChannel => ({
  title: '',
  link: '',
  baseBlogUrl: '',
  baseSiteUrl: '',
  authors: [],
  categories: [],
  tags: [],
})

const emptyItem = (): WxrItem => ({
  title: '',
  link: '',
  creator: '',
  content: '',
  excerpt: '',
  id: '',
  date: '',
  dateGmt: '',
  modifiedGmt: '',
  name: '',
  status: '',
  parent: '',
  type: '',
  password: '',
  attachmentUrl: '',
  terms: [],
  meta: new Map(),
})

const itemFields: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id',
  'wp:post_date': 'date',
  'wp:post_date_gmt': 'dateGmt',
  'wp:post_modified_gmt': 'modifiedGmt',
  'wp:post_name': 'name',
  'wp:status': 'status',
  'wp:post_parent': 'parent',
  'wp:post_type': 'type',
  'wp:post_password': 'password',
  'wp:attachment_url': 'attachmentUrl',
}

const channelFields: Record<string, 'title' | 'link' | 'baseBlogUrl' | 'baseSiteUrl'> = {
  title: 'title',
  link: 'link',
  'wp:base_blog_url': 'baseBlogUrl',
  'wp:base_site_url': 'baseSiteUrl',
}

/**
 * A copy of a string that owns its characters. The parser's text is a slice of the megabyte it was read
 * from, and V8 keeps the whole megabyte alive for as long as the slice: a few words kept per post would
 * otherwise keep the whole export in memory.
 */
const own = (text: string) => (text === '' ? '' : Buffer.from(text, 'utf8').toString('utf8'))

/** A child element's text by name, for the small records (authors, terms, postmeta). */
type Record_ = Map<string, string>

/**
 * The items of the export at `file`, in its order, read a megabyte at a time;
 * `onChannel` is called once the channel's own fields (authors, categories,
 * tags) are read, before the first item. Throws on XML that is not well
 * formed, with its line.
 */
export async function* readWxr(file: string, onChannel?: (channel: WxrChannel) => void): AsyncGenerator<WxrItem> {
  const parser = new SaxesParser({ fileName: file })
  const channel = emptyChannel()
  let channelDone = false
  const stack: string[] = []
  let text = ''
  let item: WxrItem | null = null
  let term: WxrItemTerm | null = null
  let record: Record_ | null = null
  let inComment = false

  const ready: WxrItem[] = []
  const finishChannel = () => {
    if (channelDone) return
    channelDone = true
    onChannel?.(channel)
  }

  parser.on('opentag', (tag) => {
    stack.push(tag.name)
    text = ''
    if (tag.name === 'item') {
      finishChannel()
      item = emptyItem()
    } else if (tag.name === 'wp:comment') {
      inComment = true
    } else if (item && !inComment && tag.name === 'category' && stack.length === 4) {
      const attribute = (name: string) => {
        const value = tag.attributes[name]
        return typeof value === 'string' ? own(value) : ''
      }
      term = { domain: attribute('domain'), slug: attribute('nicename'), name: '' }
    } else if (
      ['wp:author', 'wp:category', 'wp:tag', 'wp:postmeta'].includes(tag.name) &&
      stack.length === (tag.name === 'wp:postmeta' ? 4 : 3)
    ) {
      record = new Map()
    }
  })
  const onText = (value: string) => {
    text += value
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', (tag) => {
    const name = tag.name
    const depth = stack.length
    stack.pop()
    if (name === 'wp:comment') {
      inComment = false
    } else if (inComment) {
      // A comment's own fields are not the post's.
    } else if (name === 'item' && item) {
      ready.push(item)
      item = null
    } else if (item && term && name === 'category') {
      term.name = own(text.trim())
      item.terms.push(term)
      term = null
    } else if (item && record && name === 'wp:postmeta') {
      const key = record.get('wp:meta_key')
      if (key !== undefined) item.meta.set(key, record.get('wp:meta_value') ?? '')
      record = null
    } else if (record && depth === (item ? 5 : 4)) {
      record.set(name, own(text))
    } else if (item && depth === 4) {
      const field = itemFields[name]
      if (field !== undefined && field !== 'terms' && field !== 'meta') item[field] = own(text)
    } else if (!item && record && depth === 3) {
      const get = (key: string) => (record?.get(key) ?? '').trim()
      if (name === 'wp:author') {
        channel.authors.push({
          id: get('wp:author_id'),
          login: get('wp:author_login'),
          displayName: get('wp:author_display_name'),
          firstName: get('wp:author_first_name'),
          lastName: get('wp:author_last_name'),
        })
      } else if (name === 'wp:category') {
        channel.categories.push({
          id: get('wp:term_id'),
          slug: get('wp:category_nicename'),
          name: get('wp:cat_name'),
          parent: get('wp:category_parent'),
          description: get('wp:category_description'),
        })
      } else if (name === 'wp:tag') {
        channel.tags.push({
          id: get('wp:term_id'),
          slug: get('wp:tag_slug'),
          name: get('wp:tag_name'),
          parent: '',
          description: get('wp:tag_description'),
        })
      }
      record = null
    } else if (!item && depth === 3) {
      const field = channelFields[name]
      if (field !== undefined) channel[field] = own(text.trim())
    }
    text = ''
  })

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })
  for await (const chunk of stream) {
    parser.write(chunk)
    yield* ready.splice(0)
  }
  parser.close()
  finishChannel()
  yield* ready.splice(0)
}
