// Browser tests (tests/e2e/*.spec.ts) on Debian's Chromium: never `npx playwright install`. Run `npx vite build`
// first; tests/e2e/fixtures.ts serves dist/ for each test and says how to write one.
import { defineConfig } from '@playwright/test'

/** no network of its own: no QUIC, no background, update or sync requests that could leave the origin */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // 2 shared cores: one browser at a time (PW_WORKERS=2 or --workers=2 on a machine of your own)
  workers: Number(process.env.PW_WORKERS ?? 1),
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // generous: the machine is shared (load average 20 seen); a hung wait still fails, just later
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
})
