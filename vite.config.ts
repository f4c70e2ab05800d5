import { defineConfig, type PluginOption } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { fileURLToPath, URL } from 'node:url'
import { readFileSync } from 'node:fs'
import { prerenderStartPage } from './scripts/vite-prerender.ts'
import { paintBeforeScripts } from './scripts/vite-paint-first.ts'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/** the dev server injects each CSS module as a <style> element: only there may styles be inline (index.html) */
const devStyles: PluginOption = {
  name: 'csp-dev-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
}

// `--mode single` builds one self-contained index.html for file:// (USB stick); the default build is the PWA.
export default defineConfig(({ mode }) => {
  const single = mode === 'single'
  const define = {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __SINGLE_FILE__: JSON.stringify(single),
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // src/i18n/compile.ts interpolates our messages: the full compiler is not shipped
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  }
  const resolve = { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } }
  // the start page is HTML before any script runs (scripts/vite-prerender.ts)
  const plugins: PluginOption[] = [vue(), prerenderStartPage({ define, resolve }), devStyles]
  if (single)
    plugins.push(viteSingleFile({ removeViteModuleLoader: true }), {
      // file:// cannot fetch a sibling favicon under the CSP: inline it, so the build is one file
      name: 'inline-favicon',
      transformIndexHtml: (html) =>
        html.replace(
          './favicon.svg',
          'data:image/svg+xml;base64,' +
            readFileSync(new URL('./public/favicon.svg', import.meta.url)).toString('base64'),
        ),
    })
  else
    plugins.push(
      // the app's scripts are requested once the pre-rendered page has painted (scripts/vite-paint-first.ts)
      paintBeforeScripts(),
      VitePWA({
        registerType: 'autoUpdate',
        // main.ts registers the service worker after the page has loaded (no script in the page's head)
        injectRegister: false,
        includeAssets: ['favicon.svg'],
        manifest: {
          name: '科创自评 InnoCheck',
          short_name: '科创自评',
          description: '高新技术企业、科技型中小企业与税收优惠自评（数据只在本设备）',
          lang: 'zh-CN',
          start_url: './',
          scope: './',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#0b5cad',
          icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
        },
        workbox: {
          clientsClaim: true,
          skipWaiting: true,
          globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
          navigateFallback: 'index.html',
        },
      }),
    )
  return {
    base: './',
    plugins,
    define,
    resolve,
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      // browsers without <link rel="modulepreload"> still load every module, only without the head start: the
      // polyfill (0.5 KB gzip) is not worth its place on the start page's first load
      modulePreload: { polyfill: false },
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
      // exceljs (≈ 930 kB minified, in the workbook chunks) loads only when a workbook is read or written, never on
      // the start page (`npm run size`): the 500 kB warning would only alarm a newcomer about a chunk that is lazy
      chunkSizeWarningLimit: 1000,
      // the start page's pre-render runs in closeBundle after the bundle is written; its time is no plugin fault
      rolldownOptions: { checks: { pluginTimings: false } },
    },
    preview: { host: '127.0.0.1' },
  }
})
