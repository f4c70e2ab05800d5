// Notices every assessment carries whatever the answers, and the list of [3P] values the result rests on.
// standingNotices runs after every rule (src/engine/assess.ts), so the list is complete when it is written.
import type { Context } from '../engine/context'
import { defineMessages, msg } from '../engine/messages'
import { entryAt, type Param, type ParamValue } from '../engine/params'
import { reform2026 } from './tech-sme/params'

defineMessages(
  {
    'notices.tsme-reform-2026':
      '工业和信息化部于2026年1月17日印发《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）：梯度为科技和创新型中小企业、专精特新中小企业、专精特新“小巨人”企业，申报专精特新须从“科技和创新型中小企业”这一梯度起步。在合并后的评价标准发布前，科技型中小企业仍按国科发政〔2017〕115号评价（施行日期2026年4月1日及此项安排仅见于第三方资料，待核实）。',
    'notices.locality-note': '{text}',
    'notices.unverified': '以下参数仅见于第三方资料，尚未与官方原文核对，结果仅供参考：{list}。',
  },
  {
    'notices.tsme-reform-2026':
      'On 2026-01-17 MIIT issued the revised Measures for tiered cultivation of quality SMEs (工信部企业〔2026〕2号): tiers tech and innovation SME → specialised SME (专精特新) → little giant; the 专精特新 route now starts from the tech and innovation SME tier. Until a merged standard is issued, tech-SMEs are still evaluated under 国科发政〔2017〕115号 (the 2026-04-01 start and this arrangement are seen only in secondary sources).',
    'notices.locality-note': '{textEn}',
    'notices.unverified':
      'These parameters were seen only in secondary sources and are not checked against the official text: {listEn}.',
  },
)

const UNVERIFIED = 'notices.unverifiedUsed'
const unverifiedUsed = (ctx: Context): Map<string, string> | undefined =>
  ctx.scratch[UNVERIFIED] as Map<string, string> | undefined

/** record that this assessment rests on a value not checked against the official text (labels zh-CN, en) */
export function noteUnverified(ctx: Context, label: string, labelEn: string = label): void {
  const used = unverifiedUsed(ctx) ?? new Map<string, string>()
  used.set(label, labelEn)
  ctx.scratch[UNVERIFIED] = used
}

/** the value of p in force on `date` (default: the assessment date), recorded when it is unverified */
export function valueAt<T>(ctx: Context, p: Param<T>, date: string = ctx.asOf): ParamValue<T> | undefined {
  const e = entryAt(p, date)
  if (e?.status === 'unverified')
    noteUnverified(ctx, `${p.label}（${e.cite.doc}）`, `${p.labelEn ?? p.label} (${e.cite.doc})`)
  return e
}

export function standingNotices(ctx: Context): void {
  const reform = valueAt(ctx, reform2026)
  if (reform?.value) ctx.notice('tsme.reform-2026', 'info', msg('notices.tsme-reform-2026'), reform.cite)
  ctx.locality.notes.forEach((text, i) => {
    const textEn = ctx.locality.notesEn?.[i] ?? text
    ctx.notice(`locality.note.${i + 1}`, 'info', msg('notices.locality-note', { text, textEn }))
  })
  const used = unverifiedUsed(ctx)
  if (used && used.size > 0) {
    const list = [...used.keys()].join('、')
    const listEn = [...used.values()].join('; ')
    ctx.notice('unverified-params', 'warning', msg('notices.unverified', { list, listEn }))
  }
}
