// What the page's long main-thread tasks were, from a Chromium trace (bench-triage-browser.mjs --trace): for
// each task over `minMs`, its wall time, the main thread's own CPU time in it (tdur: a task whose CPU time is far
// below its wall time waited for a core that other processes held) and the events inside it that took the most
// (script by function and file, garbage collection, style, layout, a message's deserialisation).
import { readFileSync } from 'node:fs'

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline']
export const TRACE_CATEGORIES = CATEGORIES.join(',')

function label(e) {
  const d = e.args?.data ?? {}
  if (d.functionName || d.url) return `${e.name} ${d.functionName || '?'} ${String(d.url ?? '').replace(/^.*\//, '')}`
  if (d.type) return `${e.name} ${d.type}`
  return e.name
}

/** the page's main thread: the renderer main thread with the most task time */
function mainThread(events) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  let best
  let most = -1
  for (const t of names) {
    const time = events
      .filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask')
      .reduce((s, e) => s + (e.dur ?? 0), 0)
    if (time > most) [best, most] = [t, time]
  }
  return best
}

/** the page's main thread over the trace: its tasks, their CPU time, and those over `minMs`, longest first, each
 *  with its heaviest events */
export function longTasks(tracePath, minMs = 100, top = 4) {
  const { traceEvents: events } = JSON.parse(readFileSync(tracePath, 'utf8'))
  const main = mainThread(events)
  if (!main) return { tasks: 0, cpuMs: 0, long: [] }
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  const all = own.filter((e) => e.name === 'RunTask')
  const cpuMs = all.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000
  const tasks = all.filter((e) => e.dur >= minMs * 1000).sort((a, b) => b.dur - a.dur)
  const long = tasks.map((t) => {
    const inside = own.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)
    const by = new Map()
    for (const e of inside) by.set(label(e), (by.get(label(e)) ?? 0) + e.dur)
    const heaviest = [...by].sort((a, b) => b[1] - a[1]).slice(0, top)
    return {
      ms: t.dur / 1000,
      cpuMs: (t.tdur ?? 0) / 1000,
      parts: heaviest.map(([name, us]) => `${name} ${(us / 1000).toFixed(0)} ms`),
    }
  })
  return { tasks: all.length, cpuMs, long }
}
