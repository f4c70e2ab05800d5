// @vitest-environment happy-dom
import { describe, it, expect, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountAt } from './wizard-harness'
import { useFirmsStore } from '../../src/stores/firms'
import { profileJson } from '../../src/files/export'
import { emptyProfile } from '../../src/profile/types'

function fileProfile(name: string) {
  const p = emptyProfile('2026-03-01')
  p.company.name = name
  p.company.creditCode = '91131081MA0CQ1W844'
  p.years = [{ year: 2025, salesRevenue: 1000 }]
  return p
}

async function choose(wrapper: VueWrapper, text: string) {
  const input = wrapper.find('input[type="file"]')
  const file = new File([text], 'firm.innocheck.json', { type: 'application/json' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('.import-preview, [role="alert"]').exists()).toBe(true)
  })
}
const button = (w: VueWrapper, text: string) => {
  const b = w.findAll('button').find((x) => x.text() === text)
  if (!b) throw new Error(`no button ${text}`)
  return b
}

describe('ImportFile', () => {
  it('has a file input labelled as the drop zone', async () => {
    const { wrapper } = await mountAt('/firms')
    const input = wrapper.find('#import-file')
    expect(wrapper.find('label[for="import-file"]').text()).toContain('选择文件，或将文件拖放到此处')
    expect(input.attributes('type')).toBe('file')
  })

  it('previews a file and changes nothing until "open as a new firm"', async () => {
    const { wrapper, draft } = await mountAt('/firms', (d) => d.setText('company.name', '原有企业'))
    const firms = useFirmsStore()
    const before = firms.list.length
    await choose(wrapper, profileJson(fileProfile('<b>文件里的企业</b>')))
    const preview = wrapper.find('.import-preview')
    expect(preview.text()).toContain('<b>文件里的企业</b>')
    expect(preview.find('b').exists()).toBe(false)
    expect(preview.text()).toContain('91131081MA0CQ1W844')
    expect(preview.text()).toContain('2026-03-01')
    expect(firms.list.length).toBe(before)
    expect(draft.profile.company.name).toBe('原有企业')
    await button(wrapper, '作为新企业打开').trigger('click')
    expect(firms.list.length).toBe(before + 1)
    expect(draft.profile.company.name).toBe('<b>文件里的企业</b>')
    expect(firms.list.some((r) => r.profile.company.name === '原有企业')).toBe(true)
  })

  it('replaces the current firm only after a second confirmation', async () => {
    const { wrapper, draft } = await mountAt('/firms', (d) => d.setText('company.name', '原有企业'))
    const firms = useFirmsStore()
    const before = firms.list.length
    await choose(wrapper, profileJson(fileProfile('替换者')))
    await button(wrapper, '替换当前企业').trigger('click')
    expect(draft.profile.company.name).toBe('原有企业')
    expect(wrapper.find('[role="alertdialog"]').text()).toContain('原有企业')
    await button(wrapper, '取消').trigger('click')
    expect(draft.profile.company.name).toBe('原有企业')
    await button(wrapper, '替换当前企业').trigger('click')
    await button(wrapper, '确认替换').trigger('click')
    expect(draft.profile.company.name).toBe('替换者')
    expect(firms.list.length).toBe(before)
  })

  it('rejects a bad file with its reason and changes nothing', async () => {
    const { wrapper, draft } = await mountAt('/firms', (d) => d.setText('company.name', '原有企业'))
    const firms = useFirmsStore()
    const before = firms.list.length
    await choose(wrapper, '{"format": "innocheck-profile", "version": 9}')
    expect(wrapper.find('[role="alert"]').text()).toContain('请升级')
    expect(firms.list.length).toBe(before)
    expect(draft.profile.company.name).toBe('原有企业')
  })
})
