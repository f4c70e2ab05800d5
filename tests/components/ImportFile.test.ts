// @vitest-environment happy-dom
import { describe, it, expect, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/vue'
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

// the file input, found the way a screen-reader user finds it: by its label (the drop zone)
const fileInput = () => screen.getByLabelText('选择文件，或将文件拖放到此处') as HTMLInputElement
const preview = () => screen.getByRole('region', { name: '文件内容预览' })
const button = (name: string) => within(preview()).getByRole('button', { name })

async function choose(text: string) {
  const input = fileInput()
  const file = new File([text], 'firm.innocheck.json', { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await fireEvent.change(input)
  await vi.waitFor(async () => {
    await flushPromises()
    expect(screen.queryByRole('region', { name: '文件内容预览' }) ?? screen.queryByRole('alert')).not.toBeNull()
  })
}

describe('ImportFile', () => {
  it('has a file input labelled as the drop zone', async () => {
    await mountAt('/firms')
    expect(fileInput().type).toBe('file')
  })

  it('previews a file and changes nothing until "open as a new firm"', async () => {
    const { draft } = await mountAt('/firms', (d) => d.setText('company.name', '原有企业'))
    const firms = useFirmsStore()
    const before = firms.list.length
    await choose(profileJson(fileProfile('<b>文件里的企业</b>')))
    const shown = within(preview())
    // the name is shown as text: the tags are visible characters, and no <b> element holds the bare name
    expect(shown.getByText('<b>文件里的企业</b>')).toBeTruthy()
    expect(shown.queryByText('文件里的企业')).toBeNull()
    expect(shown.getByText('91131081MA0CQ1W844')).toBeTruthy()
    expect(shown.getByText('2026-03-01')).toBeTruthy()
    expect(firms.list.length).toBe(before)
    expect(draft.profile.company.name).toBe('原有企业')
    await fireEvent.click(button('作为新企业打开'))
    expect(firms.list.length).toBe(before + 1)
    expect(draft.profile.company.name).toBe('<b>文件里的企业</b>')
    expect(firms.list.some((r) => r.profile.company.name === '原有企业')).toBe(true)
  })

  it('replaces the current firm only after a second confirmation', async () => {
    const { draft } = await mountAt('/firms', (d) => d.setText('company.name', '原有企业'))
    const firms = useFirmsStore()
    const before = firms.list.length
    await choose(profileJson(fileProfile('替换者')))
    await fireEvent.click(button('替换当前企业'))
    expect(draft.profile.company.name).toBe('原有企业')
    const dialog = screen.getByRole('alertdialog', { name: /原有企业/ })
    await fireEvent.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(draft.profile.company.name).toBe('原有企业')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await fireEvent.click(button('替换当前企业'))
    await fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确认替换' }))
    expect(draft.profile.company.name).toBe('替换者')
    expect(firms.list.length).toBe(before)
  })

  it('rejects a bad file with its reason and changes nothing', async () => {
    const { draft } = await mountAt('/firms', (d) => d.setText('company.name', '原有企业'))
    const firms = useFirmsStore()
    const before = firms.list.length
    await choose('{"format": "innocheck-profile", "version": 9}')
    expect(screen.getByRole('alert').textContent).toContain('请升级')
    expect(screen.queryByRole('region', { name: '文件内容预览' })).toBeNull()
    expect(firms.list.length).toBe(before)
    expect(draft.profile.company.name).toBe('原有企业')
  })
})
