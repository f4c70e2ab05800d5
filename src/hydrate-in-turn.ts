// The pre-rendered start page is taken over in parts: the mount hydrates the page's top (header, heading, the
// date field and its button), and each part declared with `inTurn()` hydrates later in a task of its own, one
// after another, so no single task of the takeover holds the page long enough to delay a tap (a phone four
// times slower than this machine would otherwise wait about 200 ms). A part's HTML is on screen all along; only
// its buttons wait, and a button pressed before the whole page has taken over is pressed again once it has
// (src/paint-first.ts, through `whenHydrated()` in main.ts). Rendered without hydration (another page first, the
// tests), a part renders as soon as its component has resolved, within the same tick.
import { defineAsyncComponent, type Component, type HydrationStrategy } from 'vue'

const queue: (() => void)[] = []
let waiting: (() => void)[] = []
let running = false

function next(): void {
  const hydrate = queue.shift()
  if (hydrate) {
    hydrate()
    setTimeout(next)
    return
  }
  running = false
  for (const resolve of waiting) resolve()
  waiting = []
}

/** hydrates each part in the order the mount met them, a task apiece */
const oneTaskEach: HydrationStrategy = (hydrate) => {
  queue.push(hydrate)
  if (!running) {
    running = true
    setTimeout(next)
  }
}

/** `component` as a part of the page that hydrates after the mount, in a task of its own */
export const inTurn = <T extends Component>(component: T): T =>
  defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: oneTaskEach }) as unknown as T

/** resolves once every part met by the mount has hydrated (the parts register a few microtasks after it) */
export const whenHydrated = (): Promise<void> =>
  new Promise((resolve) => setTimeout(() => (running || queue.length ? waiting.push(resolve) : resolve())))
