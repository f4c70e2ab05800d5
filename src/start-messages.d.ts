// The start page's part of the Chinese catalogue, made at build time by scripts/vite-prerender.ts.
declare module 'virtual:start-messages' {
  import type { DefineLocaleMessage } from 'vue-i18n'
  const messages: DefineLocaleMessage
  export default messages
}
