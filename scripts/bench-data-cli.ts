// `tsx scripts/bench-data-cli.ts <firms> <file>`: writes a generated reserve pool (scripts/bench-data.ts) as CSV.
import { writeFileSync } from 'node:fs'
import { sheet } from './bench-data'

const [count, file] = process.argv.slice(2)
if (!count || !file) throw new Error('usage: tsx scripts/bench-data-cli.ts <firms> <file>')
writeFileSync(file, sheet(Number(count)))
