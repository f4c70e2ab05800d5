// The triage part of `npm run bench:browser` (`--only=triage` runs just this): generated 5,000- and
// 100,000-firm sheets (scripts/bench-data.ts) chosen on the triage page in Chromium, after the page and its
// service worker have settled (a bureau's laptop has the page open before the file is chosen). Prints per size:
// time from the file chosen to the first progress shown and to the table, the longest main-thread task and how
// many took over 200 ms, rows in the DOM, the page's peak JS heap (workers not included), the CPU time Chromium's
// processes used from the file chosen to the table (the page and its workers: the work done, which the machine's
// load inflates far less than the wall clock), then search, clearing it, sort by name (twice), by HNTE status,
// filter and unfilter, each to the next frame, with the load average before and after (the machine is shared:
// figures under load are slower than the same code on an idle one).
import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { longTasks, TRACE_CATEGORIES } from './trace-tasks.mjs'

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')

/** CPU seconds used so far by the Chromium processes started for `dir` (the browser and its descendants), from
 *  /proc (Linux; 0 elsewhere); user + system time, at 100 clock ticks a second */
function chromiumCpu(dir) {
  const procs = []
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d)))
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      procs.push({ pid: Number(pid), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), cmd })
    } catch {
      // the process ended meanwhile, or /proc is not there
    }
  const tree = new Set(procs.filter((p) => p.cmd.includes(dir)).map((p) => p.pid))
  for (let grew = true; grew;) {
    grew = false
    for (const p of procs)
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid)
        grew = true
      }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((s, p) => s + p.ticks, 0) / 100
}

/** in the page before any script: long tasks, the moment a file is chosen, the first progress. (The heap's peak
 *  is read from outside, by heapPeak: `performance.memory` polled in the page, with precise memory info, took up
 *  to 245 ms in one task at 100,000 firms, and the bench counted its own probe as the page's long task.) */
function probe() {
  const w = window
  w.__tasks = []
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  })
  new MutationObserver(() => {
    if (w.__chosen && !w.__progress && document.querySelector('[role="progressbar"]')) w.__progress = performance.now()
  }).observe(document, { subtree: true, childList: true })
  document.addEventListener(
    'change',
    (e) => {
      if (e.target.id === 'triage-file') w.__chosen = performance.now()
    },
    true,
  )
}

/** in the page, once the table is shown */
async function measure() {
  /** until the page has painted */
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
  const w = window
  const toTable = performance.now() - w.__chosen
  const toProgress = w.__progress - w.__chosen
  await frame()
  const tasks = [...w.__tasks]
  const rowsInDom = document.querySelectorAll('.triage-table tbody tr[data-row]').length
  const time = async (act, ready = () => true) => {
    const t0 = performance.now()
    act()
    while (!ready()) await frame()
    await frame()
    return performance.now() - t0
  }
  const search = document.getElementById('triage-search')
  const type = (v) => () => {
    search.value = v
    search.dispatchEvent(new Event('input'))
  }
  const select = document.getElementById('triage-filter-hnte')
  const choose = (v) => () => {
    select.value = v
    select.dispatchEvent(new Event('change'))
  }
  const heading = (key) => document.querySelector(`button[data-sort="${key}"]`)
  const sorted = (key, dir) => () => heading(key).closest('th').getAttribute('aria-sort') === dir
  const ops = {
    search: await time(type('企业12')),
    clear: await time(type('')),
    sortName: await time(() => heading('name').click(), sorted('name', 'ascending')),
    sortNameDesc: await time(() => heading('name').click(), sorted('name', 'descending')),
    sortHnte: await time(() => heading('hnte').click(), sorted('hnte', 'ascending')),
    filter: await time(choose('ineligible')),
    unfilter: await time(choose('')),
  }
  const longestOp = Math.max(0, ...w.__tasks.slice(tasks.length))
  return { toTable, toProgress, tasks, rowsInDom, ops, longestOp, cores: navigator.hardwareConcurrency }
}

/** the page's JS heap (workers not included) read through the DevTools protocol every 250 ms; stop() gives the peak */
async function heapPeak(context, page) {
  const cdp = await context.newCDPSession(page)
  let peak = 0
  let reading = Promise.resolve()
  const timer = setInterval(() => {
    reading = cdp
      .send('Runtime.getHeapUsage')
      .then((h) => void (peak = Math.max(peak, h.usedSize)))
      .catch(() => {})
  }, 250)
  return async () => {
    clearInterval(timer)
    await reading
    await cdp.detach().catch(() => {})
    return peak
  }
}

async function settled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker?.ready
    // the service worker's precache (a first visit) downloads and compiles every asset: let it finish
    await new Promise((r) => setTimeout(r, 3000))
    window.__tasks = []
  })
}

/** the page's JS heap now, after a full garbage collection: what the page keeps */
async function retainedHeap(context, page) {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  } finally {
    await cdp.detach().catch(() => {})
  }
}

/** a Chromium trace of the page from the file chosen to the table (--trace): the long tasks, what they were */
async function traced(context, page, on) {
  if (!on) return async () => undefined
  const cdp = await context.newCDPSession(page)
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' })
  return async (path) => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
    await cdp.send('Tracing.end')
    const { stream } = await done
    const out = createWriteStream(path)
    for (let eof = false; !eof;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 })
      out.write(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : chunk.data)
      eof = chunk.eof
    }
    await new Promise((r) => out.end(r))
    await cdp.detach().catch(() => {})
    try {
      return longTasks(path, 100)
    } finally {
      rmSync(path, { force: true })
    }
  }
}

/** one triage of `file` (`size` firms) on the page at `app`: the figures */
async function one(context, app, file, size, dir, trace) {
  const page = await context.newPage()
  try {
    await page.addInitScript(probe)
    await page.goto(`${app}#/triage`)
    await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').waitFor()
    await settled(page)
    const before = load()
    const base = await retainedHeap(context, page)
    const heap = await heapPeak(context, page)
    const stopTrace = await traced(context, page, trace)
    const cpu0 = chromiumCpu(dir)
    await page.getByLabel('选择 Excel（.xlsx）或 CSV 文件').setInputFiles(file)
    await page.locator('[data-testid="triage-counts"]').waitFor({ timeout: 1_800_000 })
    const cpu = chromiumCpu(dir) - cpu0
    const long = await stopTrace(`${file}.trace.json`)
    const r = { ...(await page.evaluate(measure)), heap: await heap() }
    const kept = await retainedHeap(context, page)
    return { ...r, size, cpu, long, base, kept, before, after: load() }
  } finally {
    await page.close()
  }
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`

function print(name, r, fileMb) {
  const longest = Math.max(0, ...r.tasks)
  const over = r.tasks.filter((d) => d > 200).length
  console.log(
    `${name}${r.size} firms (${fileMb} MB CSV, ${r.cores} cores, load average ${r.before} → ${r.after}): ` +
      `first progress ${r.toProgress.toFixed(0)} ms, table ${(r.toTable / 1000).toFixed(2)} s (target ≤ 3 s at 5,000); ` +
      `longest main-thread task ${longest.toFixed(0)} ms (${r.tasks.length} over 50 ms, ${over} over 200 ms); ` +
      `rows in the DOM ${r.rowsInDom}; Chromium CPU ${r.cpu.toFixed(1)} s`,
  )
  console.log(
    `  page JS heap: peak ${mb(r.heap)} (${((r.heap - r.base) / r.size).toFixed(0)} bytes a firm over the ` +
      `${mb(r.base)} before the file); kept after GC ${mb(r.kept)} (${((r.kept - r.base) / r.size).toFixed(0)} bytes a firm)`,
  )
  console.log(
    `  ${Object.entries(r.ops)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(', ')} (to the next frame; target < 100 ms); longest task meanwhile ${r.longestOp.toFixed(0)} ms`,
  )
  if (r.long)
    console.log(
      `  trace: ${r.long.tasks} main-thread tasks, ${(r.long.cpuMs / 1000).toFixed(2)} s of main-thread CPU; tasks over 100 ms:`,
    )
  for (const t of r.long?.long ?? [])
    console.log(`  task ${t.ms.toFixed(0)} ms (main thread CPU ${t.cpuMs.toFixed(0)} ms): ${t.parts.join('; ')}`)
}

/** new ÷ old for the figures that matter, from one size's runs of both builds */
function ratios(o, n) {
  const longest = (r) => Math.max(0, ...r.tasks)
  const over = (r) => r.tasks.filter((d) => d > 200).length
  const x = (a, b) => (b ? (a / b).toFixed(2) : '–')
  console.log(
    `  new ÷ old at ${n.size}: table ${x(n.toTable, o.toTable)}, longest task ${x(longest(n), longest(o))} ` +
      `(over 200 ms: ${over(o)} → ${over(n)}), peak heap ${x(n.heap, o.heap)}, kept heap ${x(n.kept - n.base, o.kept - o.base)}, ` +
      `Chromium CPU ${x(n.cpu, o.cpu)}, ` +
      (n.long && o.long
        ? `main-thread CPU ${x(n.long.cpuMs, o.long.cpuMs)} (tasks ${o.long.tasks} → ${n.long.tasks}), `
        : '') +
      `search ${x(n.ops.search, o.ops.search)}, sort by name ${x(n.ops.sortName, o.ops.sortName)}`,
  )
}

/** `apps`: [{ name, url }], each size triaged by each in turn (same file, same browser); with two, their ratios */
export async function triageBench(apps, { sizes, scratch, chrome, trace = false }) {
  const dir = mkdtempSync(join(tmpdir(), 'innocheck-bench-chromium-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  })
  try {
    for (const size of sizes) {
      const file = join(scratch, `pool-${size}.csv`)
      execFileSync('npx', ['tsx', 'scripts/bench-data-cli.ts', String(size), file], { stdio: 'inherit' })
      const fileMb = (statSync(file).size / 1048576).toFixed(1)
      const runs = []
      for (const app of apps) {
        runs.push(await one(context, app.url, file, size, dir, trace))
        print(apps.length > 1 ? `${app.name}: ` : '', runs.at(-1), fileMb)
      }
      if (runs.length === 2) ratios(runs[0], runs[1])
      rmSync(file, { force: true })
    }
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
