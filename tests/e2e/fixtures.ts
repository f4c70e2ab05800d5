// Browser tests on @playwright/test. To write one: `npx vite build`, then a tests/e2e/<name>.spec.ts such as
//
//   import { test, expect } from './fixtures'
//
//   test('shows the title', async ({ page }) => {
//     await page.goto('/#/firms') // the built app (dist/), served for this test alone
//     await expect(page.getByRole('heading', { level: 1 })).toHaveText('企业列表')
//   })
//
// and run it with `npx playwright test tests/e2e/<name>.spec.ts` (`npm test` runs them all).
// - Every test gets a fresh browser context (empty storage) and its own server on a free port.
// - Every test fails afterwards if a request the browser made left the app's origin (data:, blob: and the
//   single-file build under file:// excepted) or if a Content-Security-Policy violation was reported (console
//   message or `securitypolicyviolation` event, in any page or frame of the journey). Nothing to write for that.
// - Fixtures besides Playwright's own: `app` ({ origin, served, stop() }: the URLs the server was asked for;
//   `stop()` takes the server away for offline tests), `requests` (every URL the browser asked for), `csp` (the
//   violations so far), `singleFileUrl` (dist-single/index.html as a file:// URL, built once per run).
// - Wait with web-first assertions (`await expect(locator).toHaveText(…)`, `toHaveAttribute`, `toHaveCount`);
//   `expect.poll` only for values that are not on the page (storage, service worker).
// - Steps that depend on each other belong in one test as `test.step`s (each test starts from nothing).
// - After `/#/?example=…` wait for the move to the results (`await page.waitForURL(/#\/results/)`), and on a freshly
//   loaded page wait for something the engine computes before acting: the app loads the engine after the first paint.
import { test as base, expect } from '@playwright/test'
import { preview, type PreviewServer } from 'vite'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export { expect }

export interface App {
  /** http://127.0.0.1:<port>, the page's own origin */
  origin: string
  /** every URL path the server was asked for */
  served: string[]
  /** closes the server and its connections: what works afterwards works with no network at all */
  stop(): Promise<void>
}

/** the build under test; E2E_DIST points at another build folder when several builds share a work tree */
const DIST = process.env.E2E_DIST ?? 'dist'
const SINGLE_DIR = pathToFileURL(resolve('dist-single')).href + '/'

/** serves a built folder with Vite's preview() on a free port, recording every request it receives */
export async function serve(outDir = DIST): Promise<App> {
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing: run npx vite build`)
  const served: string[] = []
  const server: PreviewServer = await preview({
    root: process.cwd(),
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    plugins: [
      {
        name: 'record-requests',
        // a block body: a function returned from this hook would be installed as a late middleware
        configurePreviewServer(s) {
          s.middlewares.use((req, _res, next) => {
            served.push(req.url ?? '')
            next()
          })
        },
      },
    ],
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('the preview server has no port')
  let open = true
  const stop = () =>
    open
      ? new Promise<void>((done) => {
          open = false
          if ('closeAllConnections' in server.httpServer) server.httpServer.closeAllConnections()
          server.httpServer.close(() => done())
        })
      : Promise.resolve()
  return { origin: `http://127.0.0.1:${address.port}`, served, stop }
}

/** the URLs that left the origin: anything but the app's own, data:, blob: and the single-file build */
export const foreignRequests = (requests: string[], origin: string): string[] =>
  requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u) && !u.startsWith(SINGLE_DIR))

let singleBuilt = false

interface Fixtures {
  app: App
  requests: string[]
  csp: string[]
  singleFileUrl: string
  guard: void
}

export const test = base.extend<Fixtures>({
  app: async ({}, use) => {
    const app = await serve()
    await use(app)
    await app.stop()
  },
  baseURL: async ({ app }, use) => use(app.origin + '/'),
  requests: async ({ context }, use) => {
    const urls: string[] = []
    context.on('request', (r) => urls.push(r.url()))
    await use(urls)
  },
  csp: async ({ context }, use) => {
    const violations: string[] = []
    context.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    await context.exposeBinding('__e2eCspViolation', (_source, text: string) => violations.push(text))
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __e2eCspViolation: (t: string) => void }).__e2eCspViolation
        report(
          `securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        )
      })
    })
    await use(violations)
  },
  singleFileUrl: async ({}, use) => {
    if (!singleBuilt) execFileSync('node', ['scripts/build-single.mjs'], { stdio: 'inherit' })
    singleBuilt = true
    await use(SINGLE_DIR + 'index.html')
  },
  guard: [
    async ({ app, requests, csp }, use) => {
      await use()
      expect(foreignRequests(requests, app.origin), 'requests that left the page’s origin').toEqual([])
      expect(csp, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})
