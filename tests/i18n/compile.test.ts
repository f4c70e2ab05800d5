import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { messageCompiler, parseMessage } from '../../src/i18n/compile'

describe('the message compiler', () => {
  it('splits a message into text and named placeholders', () => {
    expect(parseMessage('还差 {n} 人（{date} 起）')).toEqual([
      '还差 ',
      { name: 'n' },
      ' 人（',
      { name: 'date' },
      ' 起）',
    ])
    expect(parseMessage('无占位符')).toEqual(['无占位符'])
  })

  it('interpolates named values through vue-i18n, leaving unknown names visible', () => {
    const i18n = createI18n({
      legacy: false,
      locale: 'zh-CN',
      messageCompiler,
      messages: { 'zh-CN': { a: '需新增科技人员 {n} 人', b: '{x} 与 {y}' } },
    })
    expect(i18n.global.t('a', { n: 5 })).toBe('需新增科技人员 5 人')
    expect(i18n.global.t('b', { x: '<b>甲</b>' })).toBe('<b>甲</b> 与 {y}')
  })

  it('renders an amount placeholder in the reader’s unit, as engine messages do', () => {
    const i18n = createI18n({
      legacy: false,
      locale: 'zh-CN',
      messageCompiler,
      messages: { 'zh-CN': { gap: '还差 {gap:yuan}' }, en: { gap: '{gap:yuan} short' } },
    })
    // 266,000 yuan = 26.6 万元 for a Chinese reader; an English reader gets yuan with the CNY code
    expect(i18n.global.t('gap', { gap: 266_000 })).toBe('还差 26.60 万元')
    i18n.global.locale.value = 'en'
    expect(i18n.global.t('gap', { gap: 266_000 })).toBe('CNY 266,000.00 short')
  })

  it('says 1 point and 0, 2 or 1.5 points in English, through vue-i18n as the engine does', () => {
    const i18n = createI18n({
      legacy: false,
      locale: 'en',
      messageCompiler,
      messages: { en: { short: '{n} {n:plural:point|points} short' } },
    })
    const t = (n: unknown) => i18n.global.t('short', { n })
    expect([t(1), t(2), t(0), t(1.5), t('1')]).toEqual([
      '1 point short',
      '2 points short',
      '0 points short',
      '1.5 points short',
      '1 point short',
    ])
    expect(i18n.global.t('short')).toBe('{n} {n:plural:point|points} short')
  })
})
