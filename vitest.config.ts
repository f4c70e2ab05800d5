import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

export default defineConfig({
  plugins: [vue()],
  define: { __APP_VERSION__: JSON.stringify('test'), __SINGLE_FILE__: 'false' },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // a ceiling, not a speed check: the property tests (hundreds of generated profiles) overran the 5 s default on
    // a machine shared by many processes; speed is measured by the benchmark scripts
    testTimeout: 30_000,
  },
})
