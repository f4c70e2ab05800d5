// `npm run bench:browser`: the first paint and the triage page measured in Chromium, against a floor in the same
// run (the machine is shared, so only ratios within one run mean anything).
// 1. Builds InnoCheck and a bare app with the same libraries (scripts/floor-app), serves both, and runs Lighthouse
//    (mobile preset) on them interleaved, RUNS times each; prints LCP, FCP, TBT and the performance score of each,
//    their medians and the LCP ratio. Lighthouse is installed at run time into a scratch folder (LH_DIR, default
//    a folder in the system temp dir), never into package.json; Chromium from CHROME_PATH (/usr/bin/chromium).
// 2. Triages generated 5,000- and 100,000-firm sheets on the triage page (scripts/bench-triage-browser.mjs): time
//    from the file chosen to the table, the longest main-thread task and how many took over 200 ms, rows in the
//    DOM, search/sort/filter times and the page's peak JS heap, with the load average.
// Options: --no-build, --runs=N, --skip-lighthouse, --skip-triage, --only=triage|lighthouse, --sizes=5000,100000,
// --dist=DIR (build and serve InnoCheck there)
import { execFile, execSync } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, preview } from 'vite'
import { triageBench } from './bench-triage-browser.mjs'

const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const has = (name) => process.argv.includes(`--${name}`)
const RUNS = Number(arg('runs') ?? 3)
const ONLY = arg('only')
const PAINT = ONLY ? ONLY === 'lighthouse' : !has('skip-lighthouse')
const TRIAGE = ONLY ? ONLY === 'triage' : !has('skip-triage')
const DIST = arg('dist') ?? 'dist'
const SIZES = (arg('sizes') ?? '5000,100000').split(',').map(Number)
const scratch = mkdtempSync(join(tmpdir(), 'innocheck-bench-'))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function serve(root, outDir) {
  const server = await preview({
    root,
    configFile: root === '.' ? undefined : false,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return { url: `http://127.0.0.1:${address.port}/`, server }
}

async function builds() {
  if (!has('no-build')) execSync(`npx vite build --logLevel warn --outDir ${DIST}`, { stdio: 'inherit' })
  if (!PAINT) return
  await build({
    root: 'scripts/floor-app',
    configFile: false,
    base: './',
    logLevel: 'warn',
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: { outDir: join(scratch, 'floor'), emptyOutDir: true, target: 'es2022' },
  })
}

function lighthouseCli() {
  const dir = process.env.LH_DIR ?? join(tmpdir(), 'innocheck-lighthouse')
  const cli = join(dir, 'node_modules/lighthouse/cli/index.js')
  if (!existsSync(cli)) {
    mkdirSync(dir, { recursive: true })
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}')
    console.log(`installing Lighthouse 12.8.2 into ${dir} …`)
    execSync('npm install --no-audit --no-fund --loglevel error lighthouse@12.8.2', { cwd: dir, stdio: 'inherit' })
  }
  return cli
}

/** asynchronous: the preview servers run in this process and must keep answering */
async function lighthouse(cli, url, n) {
  const out = join(scratch, `lh-${n}.json`)
  await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 26 },
  )
  const r = JSON.parse(readFileSync(out, 'utf8'))
  const v = (id) => r.audits[id].numericValue
  return {
    lcp: v('largest-contentful-paint'),
    fcp: v('first-contentful-paint'),
    tbt: v('total-blocking-time'),
    score: Math.round(r.categories.performance.score * 100),
  }
}

async function firstPaint(app, floor) {
  const cli = lighthouseCli()
  const runs = { floor: [], app: [] }
  let n = 0
  for (let i = 0; i < RUNS; i++)
    for (const [name, url] of [
      ['floor', floor],
      ['app', app],
    ]) {
      const s = await lighthouse(cli, url, n++)
      runs[name].push(s)
      console.log(
        `  run ${i + 1} ${name.padEnd(5)} LCP ${s.lcp.toFixed(0)} ms, FCP ${s.fcp.toFixed(0)} ms, TBT ${s.tbt.toFixed(0)} ms, score ${s.score}`,
      )
    }
  const m = (name, k) => median(runs[name].map((s) => s[k]))
  for (const name of ['floor', 'app'])
    console.log(
      `median ${name.padEnd(5)} LCP ${m(name, 'lcp').toFixed(0)} ms, FCP ${m(name, 'fcp').toFixed(0)} ms, TBT ${m(name, 'tbt').toFixed(0)} ms, performance ${m(name, 'score')}`,
    )
  console.log(
    `LCP ratio InnoCheck / floor: ${(m('app', 'lcp') / m('floor', 'lcp')).toFixed(2)} (target ≤ 1.00); InnoCheck performance ${m('app', 'score')} (target ≥ 98)`,
  )
}

async function main() {
  await builds()
  const app = await serve('.', DIST)
  const floor = PAINT ? await serve(resolve('scripts/floor-app'), join(scratch, 'floor')) : undefined
  try {
    if (PAINT) await firstPaint(app.url, floor.url)
    if (TRIAGE) await triageBench(app.url, { sizes: SIZES, scratch, chrome: CHROME })
  } finally {
    await new Promise((r) => app.server.httpServer.close(r))
    if (floor) await new Promise((r) => floor.server.httpServer.close(r))
    rmSync(scratch, { recursive: true, force: true })
  }
}

await main()
