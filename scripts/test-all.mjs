// `npm test`: type-check, lint, format, unit/component tests (vitest), build, then the browser tests
// (@playwright/test, playwright.config.ts); prints `N passed, N failed` last, counted from both JSON reports.
// Type-check, lint, format and build count as one test each, so a red one can never hide behind green tests.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, existsSync } from 'node:fs'

let passed = 0
let failed = 0
const failures = []

function step(name, cmd, args) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  return r.status === 0
}

function gate(name, cmd, args) {
  if (step(name, cmd, args)) passed++
  else {
    failed++
    failures.push(name)
  }
}

function vitest(name, extra) {
  const out = `.vitest-${name}.json`
  rmSync(out, { force: true })
  const ok = step(name, 'npx', [
    'vitest',
    'run',
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ])
  if (!existsSync(out)) {
    failed++
    failures.push(`${name} (no report)`)
    return
  }
  const r = JSON.parse(readFileSync(out, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  if (r.numFailedTests > 0 || !ok) failures.push(name)
  if (!ok && r.numFailedTests === 0) failed++ // a suite that failed to load counts
}

function playwright(name) {
  const out = `.playwright-${name}.json`
  rmSync(out, { force: true })
  console.log(`\n▶ ${name}: npx playwright test --reporter=list,json`)
  const r = spawnSync('npx', ['playwright', 'test', '--reporter=list,json'], {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  })
  if (!existsSync(out)) {
    failed++
    failures.push(`${name} (no report)`)
    return
  }
  const { stats, errors = [] } = JSON.parse(readFileSync(out, 'utf8'))
  passed += stats.expected + stats.flaky
  // a spec file that fails to load, or an error outside any test, reports no test: count each one
  const bad = stats.unexpected + errors.length
  failed += bad
  if (bad > 0 || r.status !== 0) failures.push(name)
  if (r.status !== 0 && bad === 0) failed++
}

gate('type-check', 'npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'])
gate('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
gate('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.'])
vitest('unit', [])
if (!process.argv.includes('--no-e2e')) {
  gate('build', 'npx', ['vite', 'build', '--logLevel', 'warn'])
  playwright('browser')
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
