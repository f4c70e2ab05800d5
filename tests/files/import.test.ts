import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { MAX_IMPORT_BYTES, parseImportText, readImportFile, type FileLike } from '../../src/files/import'
import { firmsJson, profileJson } from '../../src/files/export'
import { validateProfile } from '../../src/profile/validate'
import type { FirmProfile } from '../../src/profile/types'
import { rawProfile } from '../profile/helpers'

const examples = readdirSync('examples').filter((f) => f.endsWith('.json'))
const example = (f: string): FirmProfile => {
  const r = validateProfile(JSON.parse(readFileSync(`examples/${f}`, 'utf8')))
  if (!r.ok) throw new Error(f)
  return r.profile
}
const fileOf = (bytes: Uint8Array): FileLike => ({
  size: bytes.byteLength,
  arrayBuffer: async () => bytes.slice().buffer,
})
const utf8 = (s: string) => new TextEncoder().encode(s)
const rejected = (r: Awaited<ReturnType<typeof readImportFile>>) => {
  if (r.ok) throw new Error('accepted')
  return [r.message, ...r.details].join('\n')
}

describe('profile files: round trip', () => {
  it.each(examples)('export → import gives the identical profile for %s', async (f) => {
    const p = example(f)
    const r = await readImportFile(fileOf(utf8(profileJson(p))))
    expect(r.ok && r.kind === 'profile' && r.profiles).toEqual([p])
  })

  it('exports every firm as one bundle that imports back, in order', () => {
    const all = examples.map(example)
    const r = parseImportText(firmsJson(all))
    expect(r.ok && r.kind === 'firms' && r.profiles).toEqual(all)
  })
})

describe('readImportFile', () => {
  it('rejects a file over 1 MB before reading it', async () => {
    let read = false
    const big: FileLike = {
      size: 5 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true
        return new ArrayBuffer(0)
      },
    }
    expect(rejected(await readImportFile(big))).toContain('1 MB')
    expect(read).toBe(false)
  })

  it('accepts a file of exactly 1 MB as far as size goes, and one byte more is refused', async () => {
    const text = JSON.stringify(rawProfile()).padEnd(MAX_IMPORT_BYTES, ' ')
    expect((await readImportFile(fileOf(utf8(text)))).ok).toBe(true)
    expect(rejected(await readImportFile(fileOf(utf8(text + ' '))))).toContain('过大')
  })

  it('reads UTF-8 with a BOM', async () => {
    const bytes = utf8('\uFEFF' + JSON.stringify(rawProfile({ company: { name: '带BOM的企业' } })))
    expect(bytes[0]).toBe(0xef)
    const r = await readImportFile(fileOf(bytes))
    expect(r.ok && r.profiles[0]?.company.name).toBe('带BOM的企业')
  })

  it('refuses text that is not UTF-8 (GBK bytes) with a message saying so', async () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0xc6, 0xf3, 0xd2, 0xb5, 0x22, 0x7d]) // {"企业"} in GBK
    expect(rejected(await readImportFile(fileOf(gbk)))).toContain('UTF-8')
  })

  it('refuses an empty file', async () => {
    expect(rejected(await readImportFile(fileOf(new Uint8Array())))).toContain('文件为空')
  })
})

describe('parseImportText', () => {
  it('names where a file stops being JSON', () => {
    const r = parseImportText('{\n  "format": nope\n}')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/不是有效的 JSON（第 \d+ 行第 \d+ 列附近，字符位置 \d+）/)
  })

  it('reports a truncated file as not JSON', () => {
    const text = profileJson(example(examples[0]!))
    const r = parseImportText(text.slice(0, text.length / 2))
    expect(!r.ok && r.message).toContain('截断')
  })

  it('refuses another format', () => {
    const r = parseImportText(JSON.stringify({ format: 'something-else', version: 1 }))
    expect(!r.ok && r.message).toContain('不是 InnoCheck 企业档案文件')
  })

  it('refuses JSON that is not an object', () => {
    expect(parseImportText('[1,2]').ok).toBe(false)
    expect(parseImportText('"text"').ok).toBe(false)
  })

  it('asks to upgrade for a newer version, profile or bundle', () => {
    const p = parseImportText(JSON.stringify(rawProfile({ version: 2 })))
    expect(!p.ok && p.message).toContain('请升级')
    const b = parseImportText(JSON.stringify({ format: 'innocheck-firms', version: 9, firms: [] }))
    expect(!b.ok && b.message).toContain('请升级')
  })

  it('refuses __proto__ and constructor keys and leaves Object.prototype untouched', () => {
    const text = JSON.stringify(rawProfile()).replace(
      '"company":{}',
      '"company":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    )
    const r = parseImportText(text)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toContain('不允许的键名')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const bundle = `{"format":"innocheck-firms","version":1,"firms":[${text}]}`
    expect(parseImportText(bundle).ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('lists wrong types with field names, not paths', () => {
    const r = parseImportText(JSON.stringify(rawProfile({ staff: { total: 'many' }, company: { registeredOn: 5 } })))
    expect(r.ok).toBe(false)
    const details = !r.ok ? r.details.join('\n') : ''
    expect(details).toContain('职工总数（高企口径）：')
    expect(details).toContain('成立日期：')
    expect(!r.ok && r.message).toContain('2 处问题')
  })

  it('names the firm of a bundle that fails', () => {
    const good = rawProfile()
    const bad = rawProfile({ staff: { total: -1 } })
    const r = parseImportText(JSON.stringify({ format: 'innocheck-firms', version: 1, firms: [good, bad] }))
    expect(!r.ok && r.details[0]).toMatch(/^第 2 家企业 职工总数（高企口径）：/)
  })

  it('keeps HTML in a firm name as the text it is', () => {
    const name = '<img src=x onerror=alert(1)><b>粗体</b>'
    const r = parseImportText(JSON.stringify(rawProfile({ company: { name } })))
    expect(r.ok && r.profiles[0]?.company.name).toBe(name)
  })
})
