// `npm run -s assess -- a.json b.json` (-s keeps npm's own banner off stdout): assesses profile files and
// prints the Assessment JSON (one object for one file, an array in file order for several). Any invalid file: its problems go to stderr and the exit code is 2.
import { readFileSync } from 'node:fs'
import { parseProfileText } from '../src/profile/parse'
import { assess } from '../src/rules/index'
import type { FirmProfile } from '../src/profile/types'

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('用法: npm run -s assess -- <profile.json> [more.json …]\n')
    return 2
  }
  const profiles: FirmProfile[] = []
  let invalid = false
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (e) {
      process.stderr.write(`${file}: 无法读取文件（${e instanceof Error ? e.message : String(e)}）\n`)
      invalid = true
      continue
    }
    const r = parseProfileText(text)
    if (r.ok) profiles.push(r.profile)
    else {
      invalid = true
      for (const p of r.problems) process.stderr.write(`${file}: ${p.path || '(文件)'}: ${p.message}\n`)
    }
  }
  if (invalid) return 2
  const results = profiles.map((p) => assess(p))
  process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
