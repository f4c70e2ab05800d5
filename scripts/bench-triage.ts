// `npm run bench:triage`: 5,000 generated firms as a CSV in the batch template (scripts/bench-data.ts), then
// parse + map + validate + triage in this process, timed. Target (issue #5): under 3 seconds on this machine.
import { performance } from 'node:perf_hooks'
import { importCsv } from '../src/batch/import'
import { triageFirms } from '../src/batch/triage'
import { sheet } from './bench-data'

const COUNT = 5_000

function main(): void {
  const csv = sheet(COUNT)
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const imported = importCsv(csv)
  const t1 = performance.now()
  const rows = triageFirms(imported.firms)
  const t2 = performance.now()
  const total = t2 - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const paths = rows.filter((r) => r.cheapestPath).length
  console.log(
    `${COUNT} firms (${(csv.length / 1024).toFixed(0)} KB CSV): ${imported.firms.length} imported, ` +
      `${imported.errors.length} bad rows, ${paths} with a cheapest path`,
  )
  console.log(`parse + map + validate: ${(t1 - t0).toFixed(0)} ms; triage: ${(t2 - t1).toFixed(0)} ms`)
  console.log(`total ${total.toFixed(0)} ms, ${((total * 1000) / COUNT).toFixed(0)} µs per firm (wall clock)`)
  // on a shared machine the wall clock includes time other processes took; CPU time is this run's own work
  console.log(`CPU time ${cpuMs.toFixed(0)} ms, ${((cpuMs * 1000) / COUNT).toFixed(0)} µs per firm`)
}

main()
