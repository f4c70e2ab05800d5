// Vite plugin (the multi-file build only): the built index.html requests no script before its first paint.
// Vite writes the app's entry as <script type="module"> plus a modulepreload link per chunk it imports; the
// browser would fetch all of them at once, and a page measured on a slow network (Lighthouse's mobile preset)
// counts every script fetched before the paint as holding it back. This moves them into src/paint-first.ts,
// inlined in the page and pinned in the Content-Security-Policy by its sha256, which requests them once the
// pre-rendered start page is on screen. The single-file build (file://) inlines its scripts instead.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { paintFirst } from '../src/paint-first.ts'

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g

export function loadScriptsAfterPaint(html: string): string {
  const entry = ENTRY.exec(html)?.[1]
  if (!entry) throw new Error('index.html has no module script to load after the first paint')
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!)
  const body = `(${paintFirst.toString()})(${JSON.stringify(entry)},${JSON.stringify(preloads)})`
  const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`
  if (!html.includes("script-src 'self'")) throw new Error("index.html's CSP has no script-src 'self'")
  return html
    .replace(PRELOAD, '')
    .replace(ENTRY, `\n    <script>${body}</script>`)
    .replace("script-src 'self'", `script-src 'self' ${hash}`)
}

export function paintBeforeScripts(): Plugin {
  return {
    name: 'innocheck-paint-before-scripts',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: loadScriptsAfterPaint },
  }
}
