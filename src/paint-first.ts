// Inlined into the built index.html by scripts/vite-paint-first.ts, in place of the app's <script type="module">
// and its modulepreload links: the pre-rendered start page paints with no script requested, and the app's
// scripts are fetched once that first paint is on screen (waiting on them would only delay it). A button pressed
// before the app has taken over the page is held and pressed again once it has ('app-mounted', main.ts), so a
// quick click is neither lost nor turned into a native form submission that reloads the page.
// Self-contained (serialised with Function.prototype.toString): no imports, no helpers from outside.
export function paintFirst(entry: string, preloads: readonly string[]): void {
  let held: HTMLElement | null = null
  const hold = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null
    if (!button && e.type !== 'submit') return
    e.preventDefault()
    if (button) held = button
  }
  document.addEventListener('click', hold, true)
  document.addEventListener('submit', hold, true)
  document.addEventListener(
    'app-mounted',
    () => {
      document.removeEventListener('click', hold, true)
      document.removeEventListener('submit', hold, true)
      if (held?.isConnected) held.click()
    },
    { once: true },
  )
  const load = () => {
    for (const href of preloads) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
    }
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry
    document.head.append(script)
  }
  // another page than the start page (or a file:// open, which index.html's notice handles) needs the app at once
  const start = /^(#\/?)?$/.test(location.hash) && location.protocol !== 'file:'
  const paint = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')
  if (!start) load()
  else if (!paint) requestAnimationFrame(() => setTimeout(load))
  else
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return
      observer.disconnect()
      load()
    }).observe({ type: 'paint', buffered: true })
}
