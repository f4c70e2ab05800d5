// @vitest-environment happy-dom
// The triage worker's module is also loaded by the page (useTriage runs handleRequest there when no worker can
// start): there it must not take the window's messages, which other code posts (exceljs's setImmediate posts
// strings to the window; a handler that read them as jobs threw on every workbook download).
import { describe, expect, it } from 'vitest'

describe('src/batch/worker.ts loaded in a page', () => {
  it('sets no message handler on the window, and a string posted to the window reaches no triage', async () => {
    const errors: unknown[] = []
    window.addEventListener('error', (e) => errors.push(e.error ?? e.message))
    const { handleRequest } = await import('@/batch/worker')
    expect(typeof handleRequest).toBe('function')
    expect(window.onmessage).toBeNull()
    window.postMessage('setImmediate$0.1$1', '*')
    await new Promise((r) => setTimeout(r, 20))
    expect(errors).toEqual([])
  })
})
