// CPU time of the page's main thread inside named windows of a Chromium trace (used by bench-planner.mjs). A wall
// time on a shared machine includes the time the renderer waited for a core; a trace event's `tdur` is the thread's
// own CPU time, so this is the move's cost without other processes' noise.
import { readFileSync } from 'node:fs'

/**
 * For each window the page marked with performance.measure(name) (name starting with `prefix`), the summed `tdur`
 * (ms) of the main thread's outermost trace events that start inside it. The task that runs the input starts a few
 * microseconds before the page reads its clock, hence the small allowance before the window.
 */
export function cpuPerWindow(tracePath, prefix) {
  const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8'))
  const begins = new Map()
  const windows = []
  for (const e of traceEvents) {
    if (!e.cat?.includes('user_timing') || !e.name.startsWith(prefix)) continue
    if (e.ph === 'b') begins.set(e.name, e)
    else if (e.ph === 'e' && begins.has(e.name))
      windows.push({ name: e.name, pid: e.pid, from: begins.get(e.name).ts - 500, to: e.ts })
  }
  if (!windows.length) return []
  const pid = windows[0].pid
  const main = traceEvents.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const events = traceEvents
    .filter((e) => e.pid === pid && e.tid === main?.tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const outermost = []
  for (const e of events) {
    const last = outermost.at(-1)
    if (!last || e.ts >= last.ts + last.dur) outermost.push(e)
  }
  return windows.map((w) => ({
    name: w.name,
    cpu: outermost.filter((e) => e.ts >= w.from && e.ts < w.to).reduce((sum, e) => sum + e.tdur, 0) / 1000,
  }))
}
