// `npm run size`: builds, opens the start page in Chromium and prints the gzip size of every JavaScript and CSS
// file that page loads until it has settled with no one acting on it (the stylesheet, then, after the first
// paint, the entry, its preloads and anything it imports on the way: the first load), as measured, not guessed;
// then what it fetches once the visitor acts (a key pressed: the engine, the full message catalogue and the field
// table's text readers, for the next pages) and what it never loads.
import { execSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { preview } from 'vite'
import { chromium } from 'playwright-core'

if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
const gz = (f) => gzipSync(readFileSync(join('dist', f)), { level: 9 }).length
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } })
const { port } = server.httpServer.address()
const origin = `http://127.0.0.1:${port}`
const dir = mkdtempSync(join(tmpdir(), 'innocheck-size-'))
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const page = context.pages()[0] ?? (await context.newPage())
const loaded = new Set()
const early = new Set()
let acted = false
page.on('request', (r) => {
  const path = new URL(r.url()).pathname.slice(1)
  if (!/\.(js|css)$/.test(path) || r.resourceType() === 'other') return
  loaded.add(path)
  if (!acted) early.add(path)
})
await page.goto(origin + '/', { waitUntil: 'networkidle' })
acted = true
await page.keyboard.press('Shift')
await page.waitForLoadState('networkidle')
await page.waitForTimeout(1000)
await context.close()
await new Promise((resolve) => server.httpServer.close(resolve))
rmSync(dir, { recursive: true, force: true })

// the service worker's own script runs in the worker, not the page: listed apart
const own = (f) => !/^(sw|workbox-[^/]+)\.js$/.test(f)
const page1 = [...early].filter(own).sort()
const later = [...loaded].filter((f) => own(f) && !early.has(f)).sort()
let total = 0
console.log('the start page loads before anyone acts on it (gzip):')
for (const f of page1) {
  total += gz(f)
  console.log(`  ${f.padEnd(48)} ${kb(gz(f))}`)
}
console.log(`then, once the visitor acts: ${later.length} chunks, ${kb(later.reduce((a, f) => a + gz(f), 0))} gzip`)
const lazy = readdirSync('dist/assets').filter((f) => /\.(js|css)$/.test(f) && !loaded.has(`assets/${f}`))
console.log(`first-load JS+CSS gzip: ${kb(total)} (target ≤ 90 KB)`)
console.log(
  `not loaded by the start page: ${lazy.length} chunks, ${kb(lazy.reduce((a, f) => a + gz(`assets/${f}`), 0))} gzip`,
)
