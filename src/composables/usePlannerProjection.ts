// "When can we apply": growth assumptions typed as percentages, the next three application years projected by
// the engine (src/planner/projection.ts) and the first year that works for each program.
import { computed, reactive } from 'vue'
import { firstWorkingYear, ownGrowth, project, RD_PARTS, type GrowthAssumptions } from '@/planner'
import { fixed } from '@/format'
import { useDraftStore } from '@/stores/draft'
import { useI18n } from 'vue-i18n'
import { renderProblemKey } from '@/fields/problem-text'
import { parsePercent } from './usePlanner'
import { engineLocale } from './useEngineText'

export const GROWTH_INPUTS = ['salesGrowth', 'rdShare', 'staffGrowth', 'scienceStaffShare'] as const
export type GrowthInput = (typeof GROWTH_INPUTS)[number]
/** growth may be negative (a shrinking firm); shares may not */
const SIGNED = new Set<GrowthInput>(['salesGrowth', 'staffGrowth'])

function parseGrowth(input: GrowthInput, text: string) {
  const t = text.trim()
  const negative = SIGNED.has(input) && /^[-−–]/.test(t)
  const r = parsePercent(negative ? t.slice(1) : t)
  if (!r.ok || r.value === undefined || !negative) return r
  return { ok: true as const, value: -r.value }
}

/** a fraction as the percentage typed in the input (up to 2 decimals, no grouping): 0.1234 → '12.34' */
const percentText = (x: number): string => fixed(x * 100, 2, 'half-up', true).replace(/,/g, '')

export function usePlannerProjection() {
  const i18n = useI18n()
  const draft = useDraftStore()
  // start from the firm's own last two years (issue #8 §8), never from a growth nobody set; editable below
  const own = ownGrowth(draft.profile)
  /**
   * The R&D share as typed: blank leaves projected R&D unanswered; the firm's own partly answered share, while
   * unchanged, keeps its unanswered sub-amounts unanswered (a lower bound); a share the user types is the whole R&D.
   */
  const rdAssumption = (
    rd: number | undefined,
    unchanged: boolean,
  ): Pick<GrowthAssumptions, 'rdShare' | 'rdUnanswered'> =>
    rd === undefined
      ? { rdShare: 0, rdUnanswered: RD_PARTS }
      : { rdShare: rd, rdUnanswered: unchanged ? (own.rdAtLeast ?? []) : [] }
  const texts = reactive<Record<GrowthInput, string>>({
    salesGrowth: percentText(own.assumptions.salesGrowth),
    // no R&D share to read: blank, projected R&D unanswered (never 0 for an unanswered amount, issue #8 §3)
    rdShare: own.rdFrom === undefined ? '' : percentText(own.assumptions.rdShare),
    staffGrowth: '0',
    scienceStaffShare: '',
  })
  const parsed = computed(() => Object.fromEntries(GROWTH_INPUTS.map((k) => [k, parseGrowth(k, texts[k])])))
  // each message in the reader's language (the parsers carry a catalogue key beside their Chinese text)
  const errors = computed(() =>
    Object.fromEntries(
      GROWTH_INPUTS.map((k) => {
        const r = parsed.value[k]
        return [k, r?.ok === false ? renderProblemKey(r, engineLocale(i18n.locale.value)) : '']
      }),
    ),
  )
  const assumptions = computed<GrowthAssumptions | undefined>(() => {
    const v = (k: GrowthInput) => {
      const r = parsed.value[k]
      return r?.ok ? r.value : undefined
    }
    const sales = v('salesGrowth')
    const rd = v('rdShare')
    if (sales === undefined || GROWTH_INPUTS.some((k) => errors.value[k])) return undefined
    const share = v('scienceStaffShare')
    return {
      salesGrowth: sales,
      ...rdAssumption(rd, texts.rdShare === initialRd),
      staffGrowth: v('staffGrowth') ?? 0,
      ...(share === undefined ? {} : { scienceStaffShare: share }),
    }
  })
  const initialRd = texts.rdShare
  const rows = computed(() => (assumptions.value ? project(draft.profile, assumptions.value, 3) : []))
  const first = computed(() => ({
    hnte: firstWorkingYear(rows.value, 'hnte'),
    techSme: firstWorkingYear(rows.value, 'techSme'),
  }))
  return { texts, errors, rows, first, own, ready: computed(() => assumptions.value !== undefined) }
}
