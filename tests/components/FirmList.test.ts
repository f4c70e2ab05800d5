// @vitest-environment happy-dom
import { describe, it, expect, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/vue'
import { mountAt } from './wizard-harness'
import { useFirmsStore } from '../../src/stores/firms'

const table = () => screen.getByRole('table', { name: '企业列表，按最后修改时间排序' })
/** the body rows (those headed by a firm name), top to bottom */
const firmRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((r) => within(r).queryByRole('rowheader'))
/** each row's header cell: the firm's name (and the current-firm mark) */
const rows = () => firmRows().map((r) => within(r).getByRole('rowheader').textContent ?? '')
const rowOf = (name: string) => {
  const r = firmRows().find((x) => within(x).getByRole('rowheader').textContent?.includes(name))
  if (!r) throw new Error(`no row for ${name}`)
  return r
}
/** a button by its accessible name; spacing is ignored (the firm's name is a visually hidden part of it) */
const button = (name: string) =>
  screen.getByRole('button', { name: (n) => n.replace(/\s+/g, '') === name.replace(/\s+/g, '') })
const search = () => screen.getByRole('searchbox', { name: '按企业名称或统一社会信用代码搜索' })

async function threeFirms() {
  const m = await mountAt('/firms', (d) => d.setText('company.name', '甲企业'))
  const firms = useFirmsStore()
  firms.create('乙企业')
  firms.create('<i>丙</i>企业')
  await m.wrapper.vm.$nextTick()
  return { ...m, firms }
}

describe('FirmList', () => {
  it('lists every firm, newest change first, with its status and score, the current one marked', async () => {
    await threeFirms()
    expect(rows()[0]).toContain('<i>丙</i>企业')
    expect(rows()[0]).toContain('当前企业')
    // the name is text: no <i> element holds the bare "丙"
    expect(within(table()).queryByText('丙')).toBeNull()
    expect(within(table()).getByRole('row', { current: true }).textContent).toContain('丙')
    const first = firmRows()[0]?.textContent
    expect(first).toContain('信息不完整')
    expect(first).toMatch(/\d+–\d+ 分|\d+ 分/)
  })

  it('searches by name', async () => {
    await threeFirms()
    await fireEvent.update(search(), '乙')
    expect(rows()).toHaveLength(1)
    expect(rows()[0]).toContain('乙企业')
    await fireEvent.update(search(), '没有这家')
    expect(screen.queryByRole('table', { name: '企业列表，按最后修改时间排序' })).toBeNull()
    expect(screen.getByText('没有符合搜索条件的企业。')).toBeTruthy()
  })

  it('deletes with undo', async () => {
    const { firms } = await threeFirms()
    await fireEvent.click(button('删除乙企业'))
    expect(rows().join()).not.toContain('乙企业')
    // said in a live region, so a screen reader announces it
    const said = screen.getAllByRole('status').filter((s) => s.textContent?.includes('已删除“乙企业”'))
    expect(said).toHaveLength(1)
    await fireEvent.click(within(said[0]!).getByRole('button', { name: '撤销删除' }))
    expect(rows().join()).toContain('乙企业')
    expect(firms.list).toHaveLength(3)
  })

  it('renames and duplicates a firm', async () => {
    const { firms } = await threeFirms()
    await fireEvent.click(button('重命名甲企业'))
    const input = screen.getByRole('textbox', { name: '“甲企业”的新名称' })
    await fireEvent.update(input, '甲企业新名')
    await fireEvent.click(within(rowOf('甲企业')).getByRole('button', { name: '保存' }))
    expect(rows().join()).toContain('甲企业新名')
    await fireEvent.click(button('复制乙企业'))
    expect(firms.list.map((r) => r.profile.company.name)).toContain('乙企业（副本）')
  })

  it('opens a firm as the current draft', async () => {
    const { draft, router } = await threeFirms()
    await fireEvent.click(button('打开甲企业'))
    expect(draft.profile.company.name).toBe('甲企业')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/review'))
  })
})
