// @vitest-environment happy-dom
// Issue #9 items 4, 6 and 9: export keeps what is on screen; import gives it back; a replace can be undone.
import { describe, it, expect, beforeEach, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { firmsJson, profileJson } from '../../src/files/export'
import { parseImportText, readImportFile } from '../../src/files/import'
import { useDraftStore } from '../../src/stores/draft'
import { useFirmsStore } from '../../src/stores/firms'
import { validateProfile } from '../../src/profile/validate'

vi.mock('../../src/rules/index', () => ({ assess: () => ({}) }))

function typed() {
  const draft = useDraftStore()
  draft.setText('assessmentDate', '2026-05-20')
  draft.setText('company.name', '丙公司')
  draft.setText('staff.total', '2abc')
  draft.setText('staff.scienceTech', '12')
  draft.setText('years.2025.salesRevenue', '1000000001')
  draft.setText('years.2025.totalIncome', '1,200')
  return draft
}
const PATHS = ['assessmentDate', 'company.name', 'staff.total', 'staff.scienceTech', 'years.2025.salesRevenue']
/** what the wizard shows: every answer, and the text in each input */
const screen = (d: ReturnType<typeof useDraftStore>) => ({
  answers: JSON.parse(JSON.stringify(d.profile)),
  texts: [...PATHS, 'years.2025.totalIncome'].map((p) => d.text(p)),
})
const imported = (text: string) => {
  const r = parseImportText(text)
  if (!r.ok) throw new Error(r.message + r.details.join('\n'))
  return r.profiles
}

describe('export keeps what is on screen', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useFirmsStore().create()
  })

  it('writes a valid profile file whose typedTexts hold every text that is not a valid answer', () => {
    const draft = typed()
    const file = JSON.parse(profileJson(draft.profile, draft.raw))
    expect(validateProfile(file).ok).toBe(true)
    expect(file.typedTexts).toEqual({
      'staff.total': '2abc',
      'years.2025.salesRevenue': '1000000001',
      'years.2025.totalIncome': '1,200',
    })
    expect(file.years[0]).toEqual({ year: 2025, totalIncome: 12_000_000 })
  })

  it('importing the file as a new firm gives back the same screen (answers and texts)', () => {
    const draft = typed()
    const before = screen(draft)
    const [profile] = imported(profileJson(draft.profile, draft.raw))
    useFirmsStore().addProfiles([profile!])
    expect(screen(useDraftStore())).toEqual(before)
  })

  it('a bundle carries each firm’s texts', () => {
    const draft = typed()
    const [p] = imported(firmsJson([{ profile: draft.profile, raw: draft.raw }]))
    expect(p!.typedTexts?.['staff.total']).toBe('2abc')
  })

  it('answers that contradict each other still import, as the draft had them', () => {
    const draft = useDraftStore()
    draft.setText('staff.total', '5')
    draft.setText('staff.scienceTech', '9')
    const r = parseImportText(profileJson(draft.profile, draft.raw))
    expect(r.ok && r.profiles[0]!.staff).toEqual({ total: 5, scienceTech: 9 })
  })

  it('ignores typed texts for paths without a text input instead of writing them into the profile', () => {
    const draft = useDraftStore()
    const file = JSON.parse(profileJson(draft.profile))
    file.typedTexts = { 'ip.ownDevelopment': 'yes', 'company.evil': 'x', 'staff.total': '3' }
    useFirmsStore().addProfiles(imported(JSON.stringify(file)))
    expect(useDraftStore().profile.ip).toEqual({})
    expect(useDraftStore().profile.company).toEqual({})
    expect(useDraftStore().profile.staff.total).toBe(3)
  })
})

describe('替换当前企业 keeps the replaced answers', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useFirmsStore().create()
  })

  it('replaces, then undo brings back every answer and text', () => {
    const draft = typed()
    const firms = useFirmsStore()
    const before = screen(draft)
    const id = firms.currentId
    const [other] = imported(profileJson({ ...draft.profile, company: { name: '丁公司' } }))
    firms.replaceCurrent(other!)
    expect(draft.profile.company.name).toBe('丁公司')
    expect(firms.replaced?.profile.company.name).toBe('丙公司')
    firms.undoReplace()
    expect(firms.currentId).toBe(id)
    expect(screen(draft)).toEqual(before)
    expect(firms.replaced).toBeNull()
  })
})

describe('profile import accepts only .json as the last extension', () => {
  const file = (name: string) => ({ name, size: 2, arrayBuffer: async () => new TextEncoder().encode('{}').buffer })
  it.each(['企业.json.exe', '企业.xlsx', '企业.json.txt', '企业'])(
    'refuses %s, saying to choose a .json file',
    async (n) => {
      const r = await readImportFile(file(n))
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toContain('只能导入扩展名为 .json 的文件')
    },
  )
  it('reads 企业.innocheck.JSON', async () => {
    const r = await readImportFile(file('企业.innocheck.JSON'))
    expect(!r.ok && r.message).not.toContain('.json 的文件')
  })
})
