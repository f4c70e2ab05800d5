// Real-browser harness: serves the built app with Vite's preview() on a free port and drives Debian's
// Chromium through playwright-core. Every request the browser or the server sees is recorded.
import { preview, type PreviewServer } from 'vite'
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Harness {
  origin: string
  context: BrowserContext
  page: Page
  /** every URL the browser asked for */
  requests: string[]
  /** every URL the server was asked for */
  served: string[]
  /** requests that left the page's own origin (must stay empty) */
  foreign(): string[]
  /** console messages that report a Content-Security-Policy violation (must stay empty) */
  cspViolations: string[]
  /** stops the web server (the browser stays): proves what works with no network at all */
  stopServer(): Promise<void>
  close(): Promise<void>
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchBrowser(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  })
}

export async function startHarness(outDir = 'dist'): Promise<Harness> {
  const served: string[] = []
  const server: PreviewServer = await preview({
    root: process.cwd(),
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    plugins: [
      {
        name: 'record-requests',
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
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  const origin = `http://127.0.0.1:${address.port}`
  const dir = mkdtempSync(join(tmpdir(), 'innocheck-e2e-'))
  const context = await launchBrowser(dir)
  const requests: string[] = []
  context.on('request', (r: Request) => requests.push(r.url()))
  const page = context.pages()[0] ?? (await context.newPage())
  const cspViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  let serverOpen = true
  const stopServer = () =>
    serverOpen
      ? new Promise<void>((resolve) => {
          serverOpen = false
          if ('closeAllConnections' in server.httpServer) server.httpServer.closeAllConnections()
          server.httpServer.close(() => resolve())
        })
      : Promise.resolve()
  return {
    origin,
    context,
    page,
    requests,
    served,
    foreign: () =>
      requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')),
    cspViolations,
    stopServer,
    async close() {
      await context.close()
      await stopServer()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
