// Field table rows: the finance step (one column per fiscal year).
import type { FieldDef } from './types'

const GUIDE = '国科发火〔2016〕195号《高新技术企业认定管理工作指引》'

export const financeRows = [
  {
    path: 'years.*.salesRevenue',
    step: 'finance',
    kind: 'money',
    years: 'each',
    label: { zh: '销售收入', en: 'Sales revenue' },
    short: { zh: '销售收入', en: 'Sales' },
    help: {
      zh: '主营业务收入 + 其他业务收入，不能大于同年总收入。',
      en: 'Main business income + other business income; not more than total income of the same year.',
    },
    answerer: 'finance',
    term: '销售收入（主营业务收入与其他业务收入之和）',
    source: `${GUIDE}（销售收入）；国科发火〔2016〕32号 第十一条（五）`,
    notAbove: {
      path: 'years.*.totalIncome',
      why: {
        zh: '总收入（收入总额减去不征税收入）包含销售收入',
        en: 'total income (all revenue less non-taxable income) includes sales',
      },
    },
  },
  {
    path: 'years.*.totalIncome',
    step: 'finance',
    kind: 'money',
    years: 'each',
    label: { zh: '总收入', en: 'Total income' },
    short: { zh: '总收入', en: 'Total income' },
    help: { zh: '收入总额减去不征税收入。', en: 'Total revenue minus non-taxable income.' },
    answerer: 'finance',
    term: '总收入（收入总额减去不征税收入）',
    source: `${GUIDE}（总收入）；企业所得税法 第六条、第七条`,
  },
  {
    path: 'years.*.hiTechIncome',
    step: 'finance',
    kind: 'money',
    years: 'last',
    label: { zh: '高新技术产品（服务）收入', en: 'High-tech products (services) income' },
    short: { zh: '高新技术产品收入', en: 'High-tech income' },
    help: {
      zh: '与所属技术领域相关的产品（服务）收入和技术性收入，不能大于总收入。',
      en: 'Income from products and services in your technical field, and technical income; not more than total income.',
    },
    answerer: 'finance',
    term: '高新技术产品（服务）收入',
    source: `国科发火〔2016〕32号 第十一条（六）；${GUIDE}（高新技术产品（服务）收入）`,
    notAbove: {
      path: 'years.*.totalIncome',
      why: { zh: '高新技术产品（服务）收入是总收入的一部分', en: 'high-tech income is part of total income' },
    },
  },
  {
    path: 'years.*.netAssets',
    step: 'finance',
    kind: 'money',
    years: 'each',
    // 净资产 = 资产总额 − 负债总额: negative when debts exceed assets
    signed: true,
    label: { zh: '年末净资产', en: 'Net assets at year end' },
    short: { zh: '年末净资产', en: 'Net assets' },
    help: {
      zh: '资产总额减去负债总额，可以为负数，不能大于同年年末资产总额。',
      en: 'Total assets minus liabilities; may be negative; not more than total assets of the same year end.',
    },
    answerer: 'finance',
    term: '净资产（资产总额 − 负债总额）',
    source: `${GUIDE} 三（七）4（企业成长性）`,
    notAbove: {
      path: 'years.*.totalAssets',
      why: { zh: '净资产是资产总额减去负债总额', en: 'net assets are total assets less liabilities' },
    },
  },
  {
    path: 'years.*.totalAssets',
    step: 'finance',
    kind: 'money',
    years: 'each',
    label: { zh: '年末资产总额', en: 'Total assets at year end' },
    short: { zh: '年末资产总额', en: 'Total assets' },
    answerer: 'finance',
    term: '资产总额',
    source: '国科发政〔2017〕115号 第六条（二）',
  },
  {
    path: 'years.*.costsAndExpenses',
    step: 'finance',
    kind: 'money',
    years: 'last',
    label: { zh: '成本费用支出总额', en: 'Total costs and expenses' },
    short: { zh: '成本费用支出总额', en: 'Costs and expenses' },
    answerer: 'finance',
    term: '成本费用支出总额',
    source: '国科发政〔2017〕115号 第七条第2项',
  },
] as const satisfies readonly FieldDef[]
