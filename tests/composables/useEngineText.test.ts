import { describe, it, expect } from 'vitest'
import { engineText } from '@/composables/useEngineText'
import { catalogues, msg } from '@/engine/messages'

// test-only keys, added to the one catalogue the engine reads
Object.assign(catalogues['zh-CN'], {
  'test.engine-text.gap': '还差 {amount} 万元',
  'test.engine-text.missing': '尚缺：{fields}',
})
Object.assign(catalogues.en, {
  'test.engine-text.gap': 'Short by {amount} × 10k yuan',
  'test.engine-text.missing': 'Still needed: {fields}',
})

describe('engineText', () => {
  it('renders a message from the catalogue of the current language', () => {
    const m = msg('test.engine-text.gap', { amount: '26.60' })
    expect(engineText(m, 'zh-CN')).toBe('还差 26.60 万元')
    expect(engineText(m, 'en')).toBe('Short by 26.60 × 10k yuan')
  })

  it('falls back to the stored zh-CN text for a key no catalogue has', () => {
    expect(engineText({ key: 'test.engine-text.absent', text: '旧版本的说明' }, 'en')).toBe('旧版本的说明')
  })

  it('names the profile fields a message lists instead of showing their paths', () => {
    const m = msg('test.engine-text.missing', { fields: 'company.registeredOn、years.2025.hiTechIncome' })
    expect(engineText(m, 'zh-CN')).toBe('尚缺：成立日期、2025年 高新技术产品（服务）收入')
    expect(engineText(m, 'en')).toBe('Still needed: Date of registration; 2025 High-tech products (services) income')
  })
})
