// The settings form's checks (one yup schema over the typed texts): each wrong value is named at its input with
// how to fix it; a value that is right, or left empty where that is allowed, passes.
import { describe, expect, it } from 'vitest'
import { bazhou } from '../../src/locality/bazhou'
import { defaultSettings } from '../../src/stores/settings-data'
import { formOf, parseFormDraft, type SettingsForm } from '../../src/stores/settings-form'
import { settingsRules, settingsSchema, settingsValues } from '../../src/stores/settings-schema'

/** the message key and its parameters, so the test reads the rule, not the wording */
const t = (key: string, params?: Record<string, unknown>) =>
  `${key.replace('helpdesk.settings.check.', '')}${params ? ' ' + JSON.stringify(params) : ''}`
const TODAY = '2026-11-30'

async function errors(edit: (f: SettingsForm) => void): Promise<Record<string, string>> {
  const f = formOf(defaultSettings(), bazhou)
  edit(f)
  const rules = settingsRules(f, t, TODAY)
  try {
    await settingsSchema(rules).validate(settingsValues(rules), { abortEarly: false })
    return {}
  } catch (e) {
    const inner = (e as { inner: { path: string; message: string }[] }).inner
    return Object.fromEntries(inner.map((x) => [x.path, x.message]))
  }
}
const window = (f: SettingsForm, w: Partial<SettingsForm['windows'][number]>) =>
  f.windows.push({ key: `w${f.windows.length}`, year: '', from: '', to: '', checkedOn: '', source: '', ...w })

describe('the settings checks', () => {
  it('pass the default 霸州市 as shipped', async () => {
    expect(await errors(() => {})).toEqual({})
  })

  it('a checked date may be today, not tomorrow', async () => {
    const f = (checkedOn: string) =>
      errors((x) => x.batches.push({ key: 'b', date: '2027-06-30', checkedOn, source: '' }))
    expect(await f('2026-11-30')).toEqual({})
    expect(await f('2026-12-01')).toEqual({
      'batch-b-checked': 'checkedFuture {"value":"2026-12-01","today":"2026-11-30"}',
    })
    expect(await f('2026-11-31')).toEqual({ 'batch-b-checked': 'badDate {"value":"2026-11-31"}' })
  })

  it('a batch deadline is entered once', async () => {
    const twice = await errors((f) => {
      f.batches.push({ key: 'a', date: '2027-06-30', checkedOn: '', source: '' })
      f.batches.push({ key: 'b', date: ' 2027-06-30', checkedOn: '', source: '' })
    })
    expect(twice).toEqual({
      'batch-a-date': 'dateTwice {"date":"2027-06-30"}',
      'batch-b-date': 'dateTwice {"date":"2027-06-30"}',
    })
  })

  it('a window opens in its own year, closes on or after it opens, and a year has one window', async () => {
    expect(await errors((f) => window(f, { year: '2027', from: '2027-06-01', to: '2027-06-01' }))).toEqual({})
    expect(await errors((f) => window(f, { year: '2027', from: '2027-06-02', to: '2027-06-01' }))).toEqual({
      'window-w2-to': 'toBeforeFrom {"from":"2027-06-02","to":"2027-06-01"}',
    })
    expect(await errors((f) => window(f, { year: '2027', from: '2026-12-31', to: '2027-06-01' }))).toEqual({
      'window-w2-from': 'fromYear {"year":"2027"}',
    })
    expect(await errors((f) => window(f, { year: '2026', from: '2026-06-01', to: '2026-08-31' }))).toEqual({
      'window-2-year': 'yearTwice {"year":"2026"}',
      'window-w2-year': 'yearTwice {"year":"2026"}',
    })
    expect(await errors((f) => window(f, { year: '27', from: '2027-06-01', to: '2027-06-30' }))).toEqual({
      'window-w2-year': 'badYear',
    })
  })

  it('a department needs a name in at least one language; a phone has digits and phone signs only', async () => {
    expect(
      await errors((f) => {
        f.departments[0]!.name = ''
        f.departments[0]!.nameEn = ''
        f.departments[1]!.name = ' '
        f.departments[1]!.nameEn = 'Approval Bureau'
        f.departments[2]!.phone = '0316-7221234 转 8001'
        f.departments[3]!.phone = '12366'
        f.departments[4]!.phone = '见官网'
        f.departments[5]!.phone = '--'
      }),
    ).toEqual({
      'dept-science-name': 'departmentRequired',
      'dept-market-phone': 'badPhone',
      'dept-statistics-phone': 'badPhone',
    })
  })

  it('targets are whole numbers or empty; the county needs a name', async () => {
    expect(
      await errors((f) => {
        f.hnteCount = '63.5'
        f.techSmeCount = ''
        f.name = ''
        f.nameEn = ''
      }),
    ).toEqual({ 'settings-county': 'countyRequired', 'settings-hnte-target': 'badCount' })
  })
})

describe('parseFormDraft', () => {
  it('reads every value as text, so a damaged draft still shows what was typed', () => {
    const f = parseFormDraft(
      JSON.stringify({ name: '文安县', hnteCount: 5, departments: [{ id: 'tax', phone: '1' }, {}] }),
    )
    expect(f).toMatchObject({ name: '文安县', hnteCount: '', batches: [], windows: [] })
    expect(f?.departments).toEqual([
      { id: 'tax', name: '', nameEn: '', handles: '', handlesEn: '', phone: '1', address: '' },
    ])
    expect(parseFormDraft('{')).toBeNull()
    expect(parseFormDraft('{"name":"x"}')).toBeNull()
  })
})
