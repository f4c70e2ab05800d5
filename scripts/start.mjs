// `npm start`: build, then serve the app on 127.0.0.1 and print the address that opens with an example firm.
import { build, preview } from 'vite'

await build({ logLevel: 'warn' })
const port = Number(process.env.PORT ?? 4173)
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: false, open: false } })
const address = server.httpServer.address()
const actual = typeof address === 'object' && address ? address.port : port
console.log(`\nInnoCheck 科创自评 is running (Ctrl+C to stop):`)
console.log(`  with an example firm:  http://127.0.0.1:${actual}/#/?example=strong-hnte`)
console.log(`  empty start page:      http://127.0.0.1:${actual}/`)
// the browser keeps firms and the language chosen per address: another port is a device with nothing saved on it
if (actual !== port)
  console.log(
    `  (port ${port} was in use: firms and the language saved at http://127.0.0.1:${port}/ are not on this address)`,
  )
