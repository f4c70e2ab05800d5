// `npm run size`: builds, then prints the gzip size of the JavaScript and CSS the first page loads:
// the entry script and CSS linked from index.html plus the modulepreloaded chunks (not lazy chunks).
import { execSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
const html = readFileSync('dist/index.html', 'utf8')
const first = new Set()
for (const m of html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)) first.add(m[1])
const gz = (f) => gzipSync(readFileSync(join('dist', f)), { level: 9 }).length
let total = 0
console.log('first load (gzip):')
for (const f of [...first].sort()) {
  const n = gz(f)
  total += n
  console.log(`  ${f.padEnd(48)} ${(n / 1024).toFixed(1)} KB`)
}
const lazy = readdirSync('dist/assets').filter((f) => /\.(js|css)$/.test(f) && !first.has(`assets/${f}`))
const lazyTotal = lazy.reduce((a, f) => a + gz(`assets/${f}`), 0)
console.log(`first-load JS+CSS gzip: ${(total / 1024).toFixed(1)} KB (target ≤ 120 KB)`)
console.log(`lazy chunks: ${lazy.length}, ${(lazyTotal / 1024).toFixed(1)} KB gzip`)
