import { describe, expect, it } from 'vitest'
import { jsonLdScript } from './metadata'

describe('jsonLdScript', () => {
  it('keeps a hostile headline inside the script and reads back unchanged', () => {
    const headline = 'Breaking </script><script>alert("x")</script> \u2028 “news”'
    const text = jsonLdScript({ headline })
    expect(text).not.toContain('</script>')
    expect(text).not.toContain('<')
    expect(text).not.toContain('\u2028')
    expect(JSON.parse(text)).toEqual({ headline })
  })
})
