/// <reference types="vite/client" />
declare const __APP_VERSION__: string
/** true in the single-file (file://) build */
declare const __SINGLE_FILE__: boolean
