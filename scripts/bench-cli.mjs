// `npm run bench:cli [-- --sizes=10000,100000,400000 --xlsx-sizes=10000,100000 --slow=0.7 --slow-sizes=...]`:
// does `npm run triage` stay in bounded memory as the pool grows? Generated pools (scripts/bench-data-cli.ts, written
// row by row) go to a temporary folder outside the repo (deleted at the end); the CLI triages each (a) into a file and
// (b) into a pipe read at a limited rate (`--slow` × the rate the file run wrote at, so the reader is the
// bottleneck and back-pressure matters). The peak RSS is VmHWM from /proc/PID/status of the node process running
// the CLI (its worker threads included), read every 100 ms. Printed per run: firms, seconds, firms/s, peak RSS, and
// its ratio to the smallest pool's run and to a reference in the same run: a plain node process streaming the same
// file through a trivial line transform (upper-cased lines) into a file. Bounded: the ratio stays about flat as the
// pool grows ×40. The CLI is started as `node --import tsx scripts/triage.ts` (what `npm run triage` runs, without
// the npm and tsx wrapper processes in between).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, statfsSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const list = (s) => (s ? s.split(',').filter(Boolean).map(Number) : [])
const csvSizes = list(arg('sizes', '10000,100000,400000'))
const xlsxSizes = list(arg('xlsx-sizes', '10000,100000'))
const slowSizes = new Set(list(arg('slow-sizes', [...csvSizes, ...xlsxSizes].join(','))))
const slowShare = Number(arg('slow', '0.7'))
const root = new URL('..', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'innocheck-bench-cli-'))
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

const REFERENCE = `const fs = require('fs'), { Transform, pipeline } = require('stream'); let rest = ''
const t = new Transform({ transform(c, _e, done) { const lines = (rest + c).split('\\n'); rest = lines.pop()
  done(null, lines.map((l) => l.toUpperCase() + '\\n').join('')) }, flush(done) { done(null, rest.toUpperCase()) } })
pipeline(fs.createReadStream(process.argv[1], 'utf8'), t, process.argv[2] ? fs.createWriteStream(process.argv[2]) : process.stdout,
  (e) => { if (e) { console.error(e.message); process.exit(1) } })`

const peakKb = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0 // the process has just ended
  }
}

/** stdout read at `rate` bytes per second at most (a token bucket topped up every 50 ms) */
function slowReader(stream, rate) {
  let budget = 0
  let bytes = 0
  // a 'readable' listener keeps the data: a child's unread stdout is otherwise flushed away when it exits
  stream.on('readable', () => {})
  const tick = setInterval(() => {
    budget = Math.min(budget + rate / 20, rate)
    for (let c; budget > 0 && (c = stream.read()) !== null;) {
      budget -= c.length
      bytes += c.length
    }
  }, 50)
  return { stop: () => clearInterval(tick), bytes: () => bytes }
}

/** runs node with `args`; stdout into the void, or to a reader of `rate` bytes/s; returns seconds and peak RSS */
function run(args, rate) {
  const t0 = performance.now()
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', rate ? 'pipe' : 'ignore', 'pipe'] })
  let peak = 0
  let stderr = ''
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)))
  const poll = setInterval(() => (peak = Math.max(peak, peakKb(child.pid))), 100)
  const reader = rate ? slowReader(child.stdout, rate) : undefined
  if (reader) child.stdout.on('end', () => reader.stop())
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      clearInterval(poll)
      reader?.stop()
      const seconds = (performance.now() - t0) / 1000
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-800)}`))
      else resolve({ seconds, peakMb: peak / 1024, stderr, piped: reader?.bytes() ?? 0 })
    }),
  )
}

const cli = (file, out) => ['--import', 'tsx', 'scripts/triage.ts', file, ...(out ? ['--out', out] : [])]
const rows = []
const WIDTHS = [4, 8, 10, 7, 7, 7, 10, 6, 5, 17]
const smallest = {}

function report(r) {
  rows.push(r)
  const key = `${r.kind} ${r.sink === 'file'}`
  smallest[key] ??= r.peakMb
  const cells = [
    r.kind,
    r.firms.toLocaleString('en'),
    r.sink,
    r.seconds.toFixed(1),
    Math.round(r.firms / r.seconds).toLocaleString('en'),
    r.peakMb.toFixed(0),
    (r.peakMb / smallest[key]).toFixed(2),
    r.refMb.toFixed(0),
    (r.peakMb / r.refMb).toFixed(2),
    load(),
  ]
  console.log(cells.map((c, i) => String(c).padStart(WIDTHS[i])).join(' '))
}

async function pool(kind, firms) {
  const file = join(dir, `pool-${firms}.${kind}`)
  const out = join(dir, 'out.csv')
  await run(['--import', 'tsx', 'scripts/bench-data-cli.ts', String(firms), file])
  const ref = await run(['-e', REFERENCE, file, join(dir, 'ref.txt')])
  rmSync(join(dir, 'ref.txt'))
  const fast = await run(cli(file, out))
  const outBytes = statSync(out).size
  rmSync(out)
  const triaged = Number(
    /(\d+) firms triaged, (\d+) rows with errors/
      .exec(fast.stderr)
      ?.slice(1, 3)
      .reduce((a, b) => +a + +b),
  )
  if (triaged !== firms) throw new Error(`${file}: ${triaged} rows triaged of ${firms}`)
  report({ kind, firms, sink: 'file', ...fast, refMb: ref.peakMb })
  if (slowSizes.has(firms)) {
    const rate = Math.round((slowShare * outBytes) / fast.seconds)
    const slow = await run(cli(file), rate)
    if (slow.piped !== outBytes) throw new Error(`slow reader got ${slow.piped} bytes of ${outBytes}`)
    report({ kind, firms, sink: `${(rate / 1024).toFixed(0)} KB/s`, ...slow, refMb: ref.peakMb })
  }
  rmSync(file)
}

try {
  const free = statfsSync(dir)
  const freeGb = (free.bavail * free.bsize) / 2 ** 30
  const needGb = (Math.max(0, ...csvSizes, ...xlsxSizes) * 2000) / 2 ** 30
  console.log(`temporary folder ${dir}: ${freeGb.toFixed(1)} GB free, about ${needGb.toFixed(1)} GB needed at most`)
  if (freeGb < needGb + 1) throw new Error('not enough disk space in the temporary folder')
  console.log(`load average at start ${load()}; slow reader at ${slowShare} × the file run's output rate`)
  const head = [
    'kind',
    'firms',
    'sink',
    'seconds',
    'firms/s',
    'peak MB',
    '× smallest',
    'ref MB',
    '× ref',
    'load 1/5/15',
  ]
  console.log(head.map((c, i) => c.padStart(WIDTHS[i])).join(' '))
  for (const n of csvSizes) await pool('csv', n)
  for (const n of xlsxSizes) await pool('xlsx', n)
  const spread = (kind, sink) =>
    rows.filter((r) => r.kind === kind && (r.sink === 'file') === sink).map((r) => r.peakMb)
  for (const kind of ['csv', 'xlsx'])
    for (const sink of [true, false]) {
      const p = spread(kind, sink)
      if (p.length > 1)
        console.log(
          `${kind} into ${sink ? 'a file' : 'a slow pipe'}: peak RSS ${Math.min(...p).toFixed(0)}–${Math.max(...p).toFixed(0)} MB over ${
            rows.filter((r) => r.kind === kind).at(-1).firms / rows.find((r) => r.kind === kind).firms
          }× the firms (largest / smallest ${(p.at(-1) / p[0]).toFixed(2)})`,
        )
    }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
