// Vite plugin (build only): renders the start page to HTML at build time (src/prerender.ts, through Vite's SSR
// loader) and puts it into index.html's #app, and provides `virtual:start-messages`, the part of the Chinese
// catalogue the start page shows, so the full catalogue stays off the first download. The build fails when the
// start page rendered with that part differs from the page rendered with every message (a key is missing).
import vue from '@vitejs/plugin-vue'
import { createServer, type Plugin, type UserConfig } from 'vite'

/** what the start page and the frame around it show, including states reached there (errors, notices) */
export const START_MESSAGE_PATHS = [
  'app',
  'nav',
  'saving',
  'data',
  'unsure',
  'notAnswered',
  'start',
  'errors',
  'unit',
  'option.yesno',
  'helpdesk.nav',
  'helpdesk.unnamed',
  'helpdesk.file',
  'planner.triage.title',
]

type Tree = { [k: string]: unknown }

export function pickMessages(all: Tree, paths: readonly string[]): Tree {
  const out: Tree = {}
  for (const path of paths) {
    const keys = path.split('.')
    let from: unknown = all
    for (const k of keys) from = (from as Tree | undefined)?.[k]
    if (from === undefined) continue
    let to = out
    keys.slice(0, -1).forEach((k) => (to = (to[k] ??= {}) as Tree))
    to[keys.at(-1)!] = from
  }
  return out
}

const VIRTUAL = 'virtual:start-messages'

export function prerenderStartPage(config: Pick<UserConfig, 'define' | 'resolve'>): Plugin {
  let messages: Tree | undefined
  let html = ''
  let build = false
  return {
    name: 'innocheck-prerender-start',
    configResolved: (c) => void (build = c.command === 'build'),
    async buildStart() {
      if (!build) return
      const server = await createServer({
        ...config,
        configFile: false,
        logLevel: 'error',
        plugins: [vue()],
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        // only modules are loaded for rendering: no dependency pre-bundling, so no scan of main.ts (whose
        // virtual:start-messages only the build provides) and no "Failed to run dependency scan" in the log
        optimizeDeps: { noDiscovery: true, include: [] },
      })
      try {
        const { zhCatalogue } = await server.ssrLoadModule('/src/i18n/index.ts')
        const { renderStartPage } = await server.ssrLoadModule('/src/prerender.ts')
        const all = zhCatalogue() as Tree
        messages = pickMessages(all, START_MESSAGE_PATHS)
        html = await renderStartPage(messages)
        const full = await renderStartPage(all)
        if (html !== full) throw new Error('the start page needs a message outside START_MESSAGE_PATHS')
      } finally {
        await server.close()
      }
    },
    resolveId: (id) => (id === VIRTUAL ? '\0' + VIRTUAL : undefined),
    load(id) {
      if (id !== '\0' + VIRTUAL) return undefined
      // the dev server has every message (no size budget there)
      if (!messages) return `import { zhCatalogue } from '/src/i18n/index.ts'\nexport default zhCatalogue()`
      return `export default ${JSON.stringify(messages)}`
    },
    transformIndexHtml: (page) => (html ? page.replace('<div id="app"></div>', `<div id="app">${html}</div>`) : page),
  }
}
