// `npm run build:single`: one self-contained index.html that opens from file:// (a USB stick).
// vite-plugin-singlefile inlines the scripts, so the CSP meta tag gets the inline scripts' sha256 hashes
// instead of 'self': still nothing beyond the page itself may run or be fetched.
import { build, createLogger } from 'vite'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'

// vite-plugin-singlefile warns that the CSP meta tag does not allow the script it inlines: true until the
// hashes below are written into the tag, so that one warning is replaced by the line printed at the end.
const logger = createLogger('warn')
const warn = logger.warn
logger.warn = (message, options) => {
  if (!/Content-Security-Policy meta tag does not allow inline/.test(message)) warn(message, options)
}
// rolldown's plugin-timing report is advice for plugin authors, not a problem with this build
await build({
  mode: 'single',
  logLevel: 'warn',
  customLogger: logger,
  build: { rolldownOptions: { checks: { pluginTimings: false } } },
})
const file = 'dist-single/index.html'
let html = readFileSync(file, 'utf8')
const hashes = []
for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
  if (m[1].length) hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
}
html = html.replace(/script-src 'self'/, `script-src ${hashes.join(' ')}`)
// the stylesheets are inlined too: each <style> element pinned by its hash (no 'unsafe-inline')
const styleHashes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
)
html = html.replace(/style-src 'self'/, `style-src ${styleHashes.join(' ') || "'none'"}`)
// file:// has no origin of its own: 'self' matches nothing there, so data: fonts/images stay allowed and nothing else
writeFileSync(file, html)
// Vite still emits the normal build's worker file for a branch that is dead in this build (the worker is
// inlined here); nothing refers to it, so the output stays one file.
for (const f of readdirSync('dist-single')) {
  if (f === 'index.html') continue
  if (html.includes(f)) throw new Error(`dist-single/index.html refers to ${f}: the build is not self-contained`)
  rmSync(`dist-single/${f}`, { recursive: true })
}
const kb = (Buffer.byteLength(html) / 1024).toFixed(1)
console.log(`dist-single/index.html: ${kb} KiB, ${hashes.length} inline script(s) pinned by hash in the CSP`)
