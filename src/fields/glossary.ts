// docs/glossary.md, written from the field table by
// scripts/fields-docs.ts; a test fails when the committed files differ from what this produces.
import { boundsOf } from './bounds'
import { ANSWERERS } from './labels'
import { FIELDS } from './table'
import type { FieldDef } from './types'

/** names that are not answers: programs, time windows, incentives (ids used in results and tests) */
const TERMS: readonly (readonly [string, string, string])[] = [
  ['hnte', '高新技术企业', '国科发火〔2016〕32号《高新技术企业认定管理办法》'],
  ['techSme / tsme', '科技型中小企业', '国科发政〔2017〕115号《科技型中小企业评价办法》'],
  ['fiscalYears', '近三个会计年度', '国科发火〔2016〕195号 一（四）'],
  ['lastYear', '当年 / 最近一年（申请前一个会计年度）', '国科发火〔2016〕195号'],
  ['innovation score', '企业创新能力评价', '国科发火〔2016〕195号 三（七）'],
  ['growth', '企业成长性（净资产增长率、销售收入增长率）', '国科发火〔2016〕195号 三（七）4'],
  ['directPass', '直接确认（符合第八条条件之一）', '国科发政〔2017〕115号 第八条'],
  ['rd-super-deduction', '研发费用加计扣除', '财税〔2015〕119号；财政部 税务总局公告2023年第7号'],
  ['hnte-reduced-rate', '高新技术企业减按15%税率', '企业所得税法 第二十八条'],
  ['small-low-profit', '小型微利企业所得税优惠', '财政部 税务总局公告2023年第6号、第12号'],
  ['tech-transfer-exemption', '技术转让所得减免', '企业所得税法实施条例 第九十条'],
  ['loss-carryforward-10y', '亏损结转年限延长至10年', '财税〔2018〕76号'],
  ['equipment-one-time-deduction', '设备器具一次性税前扣除', '财政部 税务总局公告2023年第37号'],
  ['tech-contract-vat-exemption', '技术转让、技术开发免征增值税', '财税〔2016〕36号 附件3；2026年第10号'],
  ['locality', '属地设置（县市科技、财政、税务、市场监管、统计部门）', '《霸州市2020年度科技创新跃升工作方案》'],
]

const KIND: Record<FieldDef['kind'], string> = {
  money: '万元',
  persons: '人',
  count: '项',
  year: '年度',
  date: '日期',
  yesno: '是/否',
  choice: '选项',
  catalogue: '目录代码',
  text: '文本',
}

const cell = (s: string): string => s.replace(/\|/g, '\\|')
export const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`

function fieldRow(f: FieldDef): string {
  const b = boundsOf(f)
  const kind = KIND[f.kind] + (f.years === 'last' ? '，仅最近一年' : f.years ? '，每年度' : '')
  const extra = [b && f.kind !== 'money' ? `${b.min}–${b.max}` : '', f.none ? `“无”：${f.none.zh}` : '']
  return row([
    f.path,
    f.label.zh,
    f.label.en,
    kind,
    extra.filter(Boolean).join('；') || '—',
    ANSWERERS[f.answerer].zh,
    f.term,
    f.source,
  ])
}

export function glossaryMarkdown(): string {
  return [
    '# Glossary: identifiers and their legal terms',
    '',
    'Generated from the field table (src/fields) by `npx tsx scripts/fields-docs.ts`; do not edit by hand.',
    '',
    '## Answer fields',
    '',
    row(['path', '标签', 'label', '单位 / 类型', '范围 / 无', '填写人', '法定术语', 'source']),
    row(Array(8).fill('---')),
    ...FIELDS.map(fieldRow),
    '',
    '## Programs, periods and incentives',
    '',
    row(['identifier', '法定术语', 'source']),
    row(['---', '---', '---']),
    ...TERMS.map((t) => row(t)),
    '',
  ].join('\n')
}
