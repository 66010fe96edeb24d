import { afterEach, describe, expect, it, vi } from 'vitest'
import { cardShowsHeadline, socialCard } from './social-card'

const drawn = {
  latin: 'Zoë’s café: naïve façade – Ærø, Łódź, São Paulo and Đà Nẵng',
  cyrillic: 'Суд обязал Microsoft выдать письма из Дублина',
  greek: 'Η Microsoft χάνει τον πρώτο γύρο για τα email στο Δουβλίνο',
  japanese: 'マイクロソフト、ダブリンのメール訴訟で敗訴',
  chinese: '微软在都柏林电子邮件案中败诉',
  korean: '마이크로소프트, 더블린 이메일 소송 1심 패소',
  emoji: 'Microsoft 🚀 loses round one ⚖️ over 📧 in 🇮🇪',
  arabic: 'محكمة أمريكية تأمر Microsoft بتسليم رسائل البريد المخزنة في دبلن عام 2014',
  hebrew: 'בית המשפט הורה למיקרוסופט למסור מיילים מדבלין',
  devanagari: 'माइक्रोसॉफ्ट ने डबलिन ईमेल मामले में पहला दौर हारा',
}
const fallback = {
  tamil: 'மைக்ரோசாஃப்ட் முதல் சுற்றில் தோல்வி',
  unknownEmojiAndSymbols: 'Ancient 𓀀 hieroglyph 𝄞 story',
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('socialCard', () => {
  it('draws headlines in Latin, Cyrillic, Greek, CJK, emoji, Arabic, Hebrew and Devanagari, and falls back cleanly for the rest, with no network', async () => {
    // The renderer loads its own layout engine from a data: URL; anything else would be the network.
    const realFetch = globalThis.fetch
    const fetched: string[] = []
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.startsWith('data:')) return realFetch(input, init)
      fetched.push(url)
      return Promise.reject(new Error('the network is off in this test'))
    })
    for (const [script, title] of Object.entries({ ...drawn, ...fallback })) {
      const response = await socialCard({ kicker: 'Policy', title })
      expect(response.headers.get('content-type'), script).toBe('image/png')
      const png = Buffer.from(await response.arrayBuffer())
      // PNG header: width and height are big-endian at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], script).toEqual([1200, 630])
    }
    expect(fetched).toEqual([])
  }, 60_000)

  it('says which headlines it draws and which get the clean card', () => {
    for (const [script, title] of Object.entries(drawn)) expect(cardShowsHeadline(title), script).toBe(true)
    for (const [script, title] of Object.entries(fallback)) expect(cardShowsHeadline(title), script).toBe(false)
  })

  it('puts the headline on the card: two headlines make two different cards', async () => {
    const bytes = async (title: string) =>
      Buffer.from(await (await socialCard({ kicker: 'Policy', title })).arrayBuffer())
    const [a, b, clean] = await Promise.all([bytes(drawn.japanese), bytes(drawn.cyrillic), bytes(fallback.tamil)])
    expect(a.equals(b)).toBe(false)
    expect(a.equals(clean)).toBe(false)
  })
})
