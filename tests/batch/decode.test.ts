import { describe, expect, it } from 'vitest'
import { decodeCsvBytes } from '../../src/batch/decode'

describe('decodeCsvBytes', () => {
  it('reads GBK (as Excel saves plain CSV on Chinese Windows): 企业名称 = C6F3 D2B5 C3FB B3C6', () => {
    const bytes = new Uint8Array([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x41])
    expect(decodeCsvBytes(bytes)).toEqual({ text: '企业名称,A', encoding: 'gbk' })
  })

  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode('企业名称,A')
    expect(decodeCsvBytes(utf8)).toEqual({ text: '企业名称,A', encoding: 'utf-8' })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    expect(decodeCsvBytes(withBom)).toEqual({ text: '企业名称,A', encoding: 'utf-8' })
  })
})
