// @vitest-environment happy-dom
// The tax step shows tax answers given for another tax year as that year's, with a way to keep them (zh and en).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/vue'
import { mountAt } from './wizard-harness'

/** the step's body loads lazily: on a loaded 2-core machine it can take more than the default second */
const SLOW = { timeout: 5000 }

describe('the tax step with answers from another tax year (StepTax)', () => {
  let unmount: (() => void) | undefined
  afterEach(() => unmount?.())

  const moved = (draft: Parameters<NonNullable<Parameters<typeof mountAt>[1]>>[0]) => {
    draft.setText('tax.taxableIncome', '240') // typed on 2026-05-20: for the 2026 estimate
    draft.setText('assessmentDate', '2027-06-01')
  }

  it('names the answers and their year, keeps them shown, and keeps them for the new year on request', async () => {
    const { wrapper, draft } = await mountAt('/step/tax', moved)
    unmount = () => wrapper.unmount()
    const note = await vi.waitFor(() => screen.getByTestId('tax-earlier-year'), SLOW)
    expect(note.textContent).toContain('下列税务答案是按 2026 年度填写的：应纳税所得额。现在估算的是 2027 纳税年度')
    expect((screen.getByLabelText('应纳税所得额', { exact: false }) as HTMLInputElement).value).toBe('240')
    screen.getByRole('button', { name: '沿用为 2027 年数据' }).click()
    await vi.waitFor(() => expect(screen.queryByTestId('tax-earlier-year')).toBeNull(), SLOW)
    expect(draft.profile.taxAnswersYear).toBe(2027)
    expect(draft.profile.tax.taxableIncome).toBe(2_400_000)
  })

  it('says nothing when the answers are for the year estimated', async () => {
    const { wrapper } = await mountAt('/step/tax', (d) => d.setText('tax.taxableIncome', '240'))
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => screen.getByLabelText('应纳税所得额', { exact: false }), SLOW)
    expect(screen.queryByTestId('tax-earlier-year')).toBeNull()
  })

  it('the review page says beside each such answer that it was given for 2026 and is not counted for 2027', async () => {
    const { wrapper } = await mountAt('/review', moved)
    unmount = () => wrapper.unmount()
    await vi.waitFor(() => expect(wrapper.text()).toContain('240.00 万元'), SLOW)
    expect(wrapper.text()).toMatch(/240\.00 万元\s*按 2026 年度填写，未计入 2027 年的估算：请在本步确认沿用或改填/)
  })

  it('in English', async () => {
    const { wrapper } = await mountAt('/step/tax', moved, 'en')
    unmount = () => wrapper.unmount()
    const note = await vi.waitFor(() => screen.getByTestId('tax-earlier-year'), SLOW)
    expect(note.textContent).toContain('These tax answers were given for tax year 2026: Taxable income.')
    expect(screen.getByRole('button', { name: 'Keep for 2027' })).toBeTruthy()
  })
})
