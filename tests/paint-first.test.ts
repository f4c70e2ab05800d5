// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
// Issue #11 (first paint): the built index.html requests no script before its first paint
// (scripts/vite-paint-first.ts), and a button pressed before the app has taken over is pressed again once it
// has (src/paint-first.ts).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHash } from 'node:crypto'
import { loadScriptsAfterPaint } from '../scripts/vite-paint-first'
import { paintFirst } from '../src/paint-first'

const BUILT = `<head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'" />
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vue-B.js">
    <link rel="modulepreload" crossorigin href="./assets/draft-C.js">
    <link rel="stylesheet" crossorigin href="./assets/index-D.css">
  </head>`

describe('loadScriptsAfterPaint', () => {
  const html = loadScriptsAfterPaint(BUILT)
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!

  it('leaves no script or modulepreload for the browser to fetch before the paint; the stylesheet stays', () => {
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html).not.toContain('rel="modulepreload"')
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-D.css">')
  })

  it('hands the entry and its preloads, in order, to the inline loader', () => {
    expect(inline).toMatch(/\("\.\/assets\/index-A\.js",\["\.\/assets\/vue-B\.js","\.\/assets\/draft-C\.js"\]\)$/)
  })

  it('pins the inline loader by its sha256 next to the hashes already there', () => {
    const hash = createHash('sha256').update(inline, 'utf8').digest('base64')
    expect(html).toContain(`script-src 'self' 'sha256-${hash}' 'sha256-abc='`)
  })

  it('refuses a page without a module script (a build that changed shape)', () => {
    expect(() => loadScriptsAfterPaint('<head></head>')).toThrow(/no module script/)
  })
})

describe('paintFirst', () => {
  afterEach(() => {
    document.head.innerHTML = ''
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('loads the app at once on another page than the start page, preloads first', () => {
    location.hash = '#/results'
    paintFirst('./assets/index-A.js', ['./assets/vue-B.js'])
    const tags = [...document.head.children].map((e) => e.outerHTML)
    expect(tags[0]).toMatch(/rel="modulepreload".*vue-B\.js|vue-B\.js.*rel="modulepreload"/)
    expect(document.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe('./assets/index-A.js')
    location.hash = ''
  })

  it('holds a button pressed before the app is mounted and presses it again after', () => {
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        static supportedEntryTypes = ['paint']
        observe() {}
      },
    )
    document.body.innerHTML = '<form><button type="submit">开始填写</button></form>'
    const button = document.querySelector('button')!
    const form = document.querySelector('form')!
    const submitted = vi.fn((e: Event) => e.preventDefault())
    paintFirst('./assets/index-A.js', [])
    const early = new MouseEvent('click', { bubbles: true, cancelable: true })
    button.dispatchEvent(early)
    expect(early.defaultPrevented).toBe(true)
    form.addEventListener('submit', submitted)
    document.dispatchEvent(new Event('app-mounted'))
    expect(submitted).toHaveBeenCalledTimes(1)
    const late = new MouseEvent('click', { bubbles: true, cancelable: true })
    button.dispatchEvent(late)
    expect(late.defaultPrevented).toBe(false)
  })
})
