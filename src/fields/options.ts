// The answer options of the choice fields, with their labels and their spelling in a batch CSV cell.
import type { ChoiceOption } from './types'

export const TAX_COLLECTION: readonly ChoiceOption[] = [
  { value: 'audit', cell: '查账征收', label: { zh: '查账征收', en: 'On audited accounts' } },
  { value: 'deemed', cell: '核定征收', label: { zh: '核定征收', en: 'Deemed (assessed by the tax bureau)' } },
]

export const YPN: readonly ChoiceOption[] = [
  { value: 'yes', cell: '是', label: { zh: '已建立并有效实施', en: 'In place and applied' } },
  { value: 'partly', cell: '部分', label: { zh: '部分建立或未完全实施', en: 'Partly in place' } },
  { value: 'no', cell: '否', label: { zh: '没有', en: 'None' } },
]

export const ADVANCEMENT: readonly ChoiceOption[] = [
  {
    value: 'A',
    cell: 'A',
    label: {
      zh: 'A 高：核心技术在国内外同行业中处于领先水平',
      en: 'A high: leading in the industry at home and abroad',
    },
  },
  {
    value: 'B',
    cell: 'B',
    label: { zh: 'B 较高：技术先进，明显优于同类产品', en: 'B fairly high: clearly better than similar products' },
  },
  {
    value: 'C',
    cell: 'C',
    label: { zh: 'C 一般：与同类产品技术水平相当', en: 'C average: on a par with similar products' },
  },
  { value: 'D', cell: 'D', label: { zh: 'D 较低：略低于同类产品', en: 'D low: slightly behind similar products' } },
  { value: 'E', cell: 'E', label: { zh: 'E 无：没有技术先进性', en: 'E none: not advanced' } },
]

export const CORE_SUPPORT: readonly ChoiceOption[] = [
  {
    value: 'A',
    cell: 'A',
    label: {
      zh: 'A 强：主要产品的核心技术全部来自这些知识产权',
      en: 'A strong: all core technology of the main products comes from this IP',
    },
  },
  {
    value: 'B',
    cell: 'B',
    label: { zh: 'B 较强：核心技术大部分来自这些知识产权', en: 'B fairly strong: most core technology comes from it' },
  },
  {
    value: 'C',
    cell: 'C',
    label: { zh: 'C 一般：对核心技术有一定支持', en: 'C average: some support to the core technology' },
  },
  { value: 'D', cell: 'D', label: { zh: 'D 较弱：支持作用很小', en: 'D weak: little support' } },
  {
    value: 'E',
    cell: 'E',
    label: { zh: 'E 无：与主要产品的核心技术无关', en: 'E none: unrelated to the core technology' },
  },
]

/** the option sets by the name their i18n messages go under (option.<set>.<value>) */
export const OPTION_SETS = {
  taxCollection: TAX_COLLECTION,
  ypn: YPN,
  advancement: ADVANCEMENT,
  coreSupport: CORE_SUPPORT,
}
