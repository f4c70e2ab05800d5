// @vitest-environment happy-dom
// The cliff charts: accessible SVGs (role="img" named by <title>, described by <desc>) with the firm placed,
// and the text equivalents from src/planner/cliffs.ts.
import { describe, it, expect } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import CliffCharts from '@/components/CliffCharts.vue'
import { createAppI18n } from '@/i18n'
import { rdIntensityCliff, smallLowProfitCliff } from '@/planner'
import type { FirmProfile } from '@/profile/types'
import rdShort from '../../examples/rd-short.json'

const profile = rdShort as FirmProfile
const render = () => mount(CliffCharts, { props: { profile }, global: { plugins: [createPinia(), createAppI18n()] } })

describe('CliffCharts', () => {
  it('draws two SVGs named by their title and described by their desc', () => {
    const w = render()
    const svgs = w.findAll('svg[role="img"]')
    expect(svgs).toHaveLength(2)
    for (const svg of svgs) {
      const [title, desc] = svg.attributes('aria-labelledby')!.split(' ')
      expect(svg.get('title').attributes('id')).toBe(title)
      expect(svg.get('desc').attributes('id')).toBe(desc)
    }
    expect(svgs[0]!.get('title').text()).toBe('研发费用占比要求与最近一年销售收入')
  })

  it('places the firm at its own R&D share and lists every text equivalent', () => {
    const w = render()
    expect(w.get('[data-testid="cliff-rd"]').text()).toContain('本企业 4.72%')
    const expected = [...rdIntensityCliff(profile)!.text, ...smallLowProfitCliff(profile).text].map((m) => m.text)
    expect(w.findAll('details li').map((li) => li.text())).toEqual(expected)
  })

  it('draws the small low-profit series with its jump at the limit', () => {
    const w = render()
    const lines = w.findAll('[data-testid="cliff-tax"] polyline')
    expect(lines.map((l) => l.classes().find((c) => c.startsWith('series--')))).toEqual([
      'series--standard',
      'series--hnte',
      'series--small-low-profit',
    ])
    const jump = lines[2]!
      .attributes('points')!
      .split(' ')
      .map((p) => p.split(',').map(Number))
    expect(jump[1]![1]).toBeGreaterThan(jump[2]![1]!)
  })
})
