// `npm run bench:browser`: the first paint and the triage page measured in Chromium, against a floor in the same
// run (the machine is shared, so only ratios within one run mean anything).
// 1. Builds InnoCheck and a bare app with the same libraries (scripts/floor-app), serves both, and runs Lighthouse
//    (mobile preset) on them interleaved, RUNS times each; prints LCP, FCP, TBT, Speed Index, the performance
//    score and the LCP element of each run, the LCP ratio of each interleaved pair, the medians, the ratio of the
//    medians and the load average (the machine is shared). Lighthouse is installed at run time into a scratch
//    folder (LH_DIR, default a folder in the system temp dir), never into package.json; Chromium from CHROME_PATH
//    (/usr/bin/chromium).
// 2. Triages generated 5,000- and 100,000-firm sheets on the triage page (scripts/bench-triage-browser.mjs): time
//    from the file chosen to the table, the longest main-thread task and how many took over 200 ms, rows in the
//    DOM, search/sort/filter times and the page's peak JS heap, with the load average.
// Options: --no-build, --runs=N (`npm run bench:browser --runs=N` works too), --only=lighthouse or --only=triage
// (or --skip-lighthouse, --skip-triage), --sizes=5000,100000, --dist=DIR (build and serve InnoCheck there).
// Triage only: --old=DIR (another build, e.g. main's, triaged on the same files in the same run, before the new
// one at each size, with the ratios new ÷ old); --load=N (N busy-looping processes run for the whole triage part,
// a reproducible stand-in for a loaded laptop); --trace (a Chromium trace of each triage: what each main-thread
// task over 100 ms was, with its CPU time).
// Example: `npm run bench:browser -- --runs=5 --only=lighthouse`; old against new under load:
// `git archive main | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/ && (cd /tmp/old && npx vite build
// --outDir /tmp/old-dist)`, then `node scripts/bench-browser.mjs --only=triage --old=/tmp/old-dist --load=2`.
import { execFile, execSync, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, preview } from 'vite'
import { triageBench } from './bench-triage-browser.mjs'

const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const has = (name) => process.argv.includes(`--${name}`)
// `npm run bench:browser --runs=5` (no `--`) reaches the script as npm's config, not as an argument
const RUNS = Number(arg('runs') ?? process.env.npm_config_runs ?? 3)
const ONLY = arg('only') ?? process.env.npm_config_only
const PAINT = ONLY ? ONLY === 'lighthouse' : !has('skip-lighthouse')
const TRIAGE = ONLY ? ONLY === 'triage' : !has('skip-triage')
const DIST = arg('dist') ?? 'dist'
const SIZES = (arg('sizes') ?? '5000,100000').split(',').map(Number)
const OLD = arg('old')
const LOAD = Number(arg('load') ?? 0)
const scratch = mkdtempSync(join(tmpdir(), 'innocheck-bench-'))
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2
}

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
    si: v('speed-index'),
    score: Math.round(r.categories.performance.score * 100),
    element: r.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?',
  }
}

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')
const ms = (x) => `${x.toFixed(0)} ms`

async function firstPaint(app, floor) {
  const cli = lighthouseCli()
  const runs = { floor: [], app: [] }
  const ratios = []
  let n = 0
  console.log(`Lighthouse (mobile preset), ${RUNS} interleaved runs each; load average ${loadAverage()}`)
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of [
      ['floor', floor],
      ['app', app],
    ]) {
      const s = await lighthouse(cli, url, n++)
      runs[name].push(s)
      console.log(
        `  run ${i + 1} ${name.padEnd(5)} LCP ${ms(s.lcp)}, FCP ${ms(s.fcp)}, TBT ${ms(s.tbt)}, SI ${ms(s.si)}, score ${s.score}; LCP element ${s.element}`,
      )
    }
    ratios.push(runs.app[i].lcp / runs.floor[i].lcp)
    console.log(`  run ${i + 1} LCP ratio InnoCheck / floor ${ratios[i].toFixed(2)}; load average ${loadAverage()}`)
  }
  const m = (name, k) => median(runs[name].map((s) => s[k]))
  for (const name of ['floor', 'app'])
    console.log(
      `median ${name.padEnd(5)} LCP ${ms(m(name, 'lcp'))}, FCP ${ms(m(name, 'fcp'))}, TBT ${ms(m(name, 'tbt'))}, SI ${ms(m(name, 'si'))}, performance ${m(name, 'score')}`,
    )
  console.log(
    `LCP ratio InnoCheck / floor: ${(m('app', 'lcp') / m('floor', 'lcp')).toFixed(2)} (ratio of medians; median of the ${RUNS} pairs' ratios ${median(ratios).toFixed(2)}; target ≤ 1.00); ` +
      `performance InnoCheck ${m('app', 'score')} vs floor ${m('floor', 'score')} (target ≥ 98); load average ${loadAverage()}`,
  )
}

/** N processes each keeping a core busy until stopped (--load=N); returns the stop */
function busyLoad(n) {
  const children = Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
  if (n) console.log(`synthetic load: ${n} busy-looping processes (pids ${children.map((c) => c.pid).join(', ')})`)
  return () => children.forEach((c) => c.kill())
}

async function triagePart(app) {
  const old = OLD ? await serve('.', OLD) : undefined
  const apps = old
    ? [
        { name: 'old', url: old.url },
        { name: 'new', url: app.url },
      ]
    : [{ name: 'new', url: app.url }]
  const stop = busyLoad(LOAD)
  try {
    await triageBench(apps, { sizes: SIZES, scratch, chrome: CHROME, trace: has('trace') })
  } finally {
    stop()
    if (old) await new Promise((r) => old.server.httpServer.close(r))
  }
}

async function main() {
  await builds()
  const app = await serve('.', DIST)
  const floor = PAINT ? await serve(resolve('scripts/floor-app'), join(scratch, 'floor')) : undefined
  try {
    if (PAINT) await firstPaint(app.url, floor.url)
    if (TRIAGE) await triagePart(app)
  } finally {
    await new Promise((r) => app.server.httpServer.close(r))
    if (floor) await new Promise((r) => floor.server.httpServer.close(r))
    rmSync(scratch, { recursive: true, force: true })
  }
}

await main()
