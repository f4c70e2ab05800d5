// @vitest-environment happy-dom
// Issue #11 (first paint): the pre-rendered start page is taken over in parts, the mount hydrating the page's
// top and each `inTurn()` part hydrating after it in a task of its own (src/hydrate-in-turn.ts).
import { describe, expect, it } from 'vitest'
import { createSSRApp, createApp, defineComponent, h, nextTick, onMounted, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { inTurn, whenHydrated } from '../src/hydrate-in-turn'

const task = () => new Promise<void>((resolve) => setTimeout(resolve))

function page(hydrated: string[]) {
  const part = (name: string) =>
    defineComponent(() => {
      const n = ref(0)
      onMounted(() => hydrated.push(name))
      return () => h('button', { id: name, onClick: () => n.value++ }, `${name} ${n.value}`)
    })
  const A = inTurn(part('a'))
  const B = inTurn(part('b'))
  return defineComponent(() => {
    onMounted(() => hydrated.push('top'))
    return () => h('div', [h('h1', 'top'), h(A), h(B)])
  })
}

describe('inTurn', () => {
  it('hydrates the pre-rendered parts after the mount, one task each, in the order of the page', async () => {
    const html = await renderToString(createSSRApp(page([])))
    expect(html).toBe('<div><h1>top</h1><button id="a">a 0</button><button id="b">b 0</button></div>')
    document.body.innerHTML = `<div id="app">${html}</div>`
    const painted = document.getElementById('a')
    const hydrated: string[] = []
    createSSRApp(page(hydrated)).mount('#app')
    expect(hydrated).toEqual(['top'])
    // a click before its part has hydrated does nothing (src/paint-first.ts holds it until whenHydrated)
    document.getElementById('a')!.click()
    await nextTick()
    expect(document.getElementById('a')!.textContent).toBe('a 0')

    // parts hydrated after each following task: never two in one task
    const seen: number[] = []
    for (let i = 0; i < 4; i++) {
      await task()
      seen.push(hydrated.length - 1)
    }
    expect(seen.every((n, i) => n - (seen[i - 1] ?? 0) <= 1)).toBe(true)
    expect(seen).toContain(1)
    expect(seen.at(-1)).toBe(2)
    expect(hydrated).toEqual(['top', 'a', 'b'])
    // the painted elements are kept, not re-created, and now answer
    expect(document.getElementById('a')).toBe(painted)
    document.getElementById('b')!.click()
    await nextTick()
    expect(document.getElementById('b')!.textContent).toBe('b 1')
  })

  it('whenHydrated() resolves only once every part has hydrated', async () => {
    const html = await renderToString(createSSRApp(page([])))
    document.body.innerHTML = `<div id="app">${html}</div>`
    const hydrated: string[] = []
    createSSRApp(page(hydrated)).mount('#app')
    await whenHydrated()
    expect(hydrated).toEqual(['top', 'a', 'b'])
  })

  it('renders the parts at once when nothing is pre-rendered (another page opened first)', async () => {
    document.body.innerHTML = '<div id="app"></div>'
    const hydrated: string[] = []
    createApp(page(hydrated)).mount('#app')
    // resolved in microtasks: on screen before the browser runs another task (or paints)
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(document.querySelectorAll('button')).toHaveLength(2)
    expect(hydrated).toEqual(['top', 'a', 'b'])
  })
})
