// @vitest-environment happy-dom
import { describe, it, expect, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useDraftStore } from '../../src/stores/draft'
import { useFirmsStore } from '../../src/stores/firms'
import { useSavingStore } from '../../src/stores/saving'
import { FIRM_PREFIX, KEYS } from '../../src/stores/persistence'
import { emptyProfile } from '../../src/profile/types'

function boot() {
  setActivePinia(createPinia())
  useSavingStore().start()
  return { draft: useDraftStore(), firms: useFirmsStore() }
}
const names = (firms: ReturnType<typeof useFirmsStore>) => firms.list.map((r) => r.profile.company.name ?? '').sort()

describe('useFirmsStore', () => {
  beforeEach(() => localStorage.clear())

  it('creates a firm and makes it the one the wizard edits', async () => {
    const { draft, firms } = boot()
    const first = firms.currentId
    const id = firms.create('乙公司')
    expect(firms.currentId).toBe(id)
    expect(id).not.toBe(first)
    expect(draft.profile.company.name).toBe('乙公司')
    draft.setText('staff.total', '30')
    await nextTick()
    expect(firms.records.get(id)?.profile.staff.total).toBe(30)
    expect(JSON.parse(localStorage.getItem(FIRM_PREFIX + id)!).profile.staff.total).toBe(30)
  })

  it('loads an example into a blank firm, but as a new firm when the current one has answers', async () => {
    const { draft, firms } = boot()
    const blank = firms.currentId
    await firms.openExample('rd-short')
    expect(firms.currentId).toBe(blank)
    expect(firms.list).toHaveLength(1)
    const name = draft.profile.company.name
    expect(name).toBeTruthy()
    await firms.openExample('strong-hnte')
    expect(firms.list).toHaveLength(2)
    expect(firms.currentId).not.toBe(blank)
    expect(firms.records.get(blank!)?.profile.company.name).toBe(name)
  })

  it('opens another firm without losing the answers of the one left', async () => {
    const { draft, firms } = boot()
    const a = firms.create('甲')
    draft.setText('staff.total', '11')
    const b = firms.create('乙')
    draft.setText('staff.total', '22')
    firms.open(a)
    expect(draft.profile.staff.total).toBe(11)
    firms.open(b)
    expect(draft.profile.staff.total).toBe(22)
  })

  it('opening a firm does not count as a change', async () => {
    const { firms } = boot()
    const a = firms.create('甲')
    firms.create('乙')
    const before = firms.records.get(a)!
    firms.open(a)
    await nextTick()
    expect(firms.records.get(a)!.revision).toBe(before.revision)
    expect(firms.records.get(a)!.updatedAt).toBe(before.updatedAt)
  })

  it('duplicates a firm as a new one with its answers', () => {
    const { draft, firms } = boot()
    const a = firms.create('甲')
    draft.setText('staff.total', '11')
    const copy = firms.duplicate(a)!
    expect(copy).not.toBe(a)
    expect(firms.records.get(copy)?.profile.company.name).toBe('甲（副本）')
    expect(firms.records.get(copy)?.profile.staff.total).toBe(11)
    expect(firms.currentId).toBe(a)
  })

  it('renames the current firm and another one', () => {
    const { draft, firms } = boot()
    const a = firms.create('甲')
    const b = firms.create('乙')
    firms.rename(b, '  新乙  ')
    expect(draft.profile.company.name).toBe('新乙')
    firms.rename(a, '新甲')
    expect(firms.records.get(a)?.profile.company.name).toBe('新甲')
    expect(firms.records.get(a)?.revision).toBe(2)
  })

  it('deletes a firm, undoes it, and opens another when the current one is deleted', async () => {
    const { draft, firms } = boot()
    const a = firms.create('甲')
    const b = firms.create('乙')
    await nextTick()
    firms.remove(b)
    expect(firms.records.has(b)).toBe(false)
    expect(firms.currentId).not.toBe(b)
    await nextTick()
    expect(localStorage.getItem(FIRM_PREFIX + b)).toBeNull()
    firms.undo()
    expect(firms.currentId).toBe(b)
    expect(draft.profile.company.name).toBe('乙')
    await nextTick()
    expect(localStorage.getItem(FIRM_PREFIX + b)).not.toBeNull()
    firms.remove(a)
    expect(firms.currentId).toBe(b)
  })

  it('deleting the last firm leaves a new empty one', () => {
    const { firms } = boot()
    for (const r of firms.list) firms.remove(r.id)
    expect(firms.list).toHaveLength(1)
    expect(firms.current?.profile.company).toEqual({})
  })

  it('adds imported profiles as new firms and opens the first', () => {
    const { draft, firms } = boot()
    const p = emptyProfile('2026-05-20')
    p.company.name = '导入的企业'
    const [id] = firms.addProfiles([p])
    expect(firms.currentId).toBe(id)
    expect(draft.profile.company.name).toBe('导入的企业')
  })

  it('keeps three firms, and which one is current, across a reload', async () => {
    const a = boot()
    a.draft.setText('company.name', '一号')
    a.firms.create('二号')
    a.draft.setText('staff.total', '2')
    const third = a.firms.create('三号')
    a.draft.setText('staff.total', '3')
    await nextTick()
    expect(JSON.parse(localStorage.getItem(KEYS.index)!).current).toBe(third)
    const b = boot()
    expect(names(b.firms)).toEqual(['一号', '三号', '二号'])
    expect(b.firms.currentId).toBe(third)
    expect(b.draft.profile.staff.total).toBe(3)
    const two = b.firms.list.find((r) => r.profile.company.name === '二号')!
    expect(two.profile.staff.total).toBe(2)
  })

  it('lists a firm whose key exists even when the index lost it', async () => {
    const a = boot()
    a.draft.setText('company.name', '一号')
    a.firms.create('二号')
    await nextTick()
    localStorage.removeItem(KEYS.index)
    expect(names(boot().firms)).toEqual(['一号', '二号'])
  })

  it('summarises every firm with its status and score range', () => {
    const { firms } = boot()
    firms.create('甲')
    expect(firms.summaries.map((s) => s.hnte.status)).toEqual(['incomplete', 'incomplete'])
  })
})
