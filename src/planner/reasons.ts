// Why a projected year gets its status: the deciding check of the program, as a message in both languages
// (issue #8 §8: "give each projected year its deciding reason").
import { catalogues, defineMessages, msg, render } from '../engine/messages'
import type { Check, Message, Program } from '../engine/types'
import { CHECK_ITEMS } from '../rules/checklist/check-titles'

defineMessages(
  {
    'planner.reason.eligible': '各项条件均满足',
    'planner.reason.fail': '未满足：{title}',
    'planner.reason.fail-note': '{note}',
    'planner.reason.unknown': '尚待补充：{title}',
    'planner.reason.score-range':
      '其他条件均满足；创新能力评价估计 {min}–{max} 分，是否达到 {passMark} 分取决于专家评分',
  },
  {
    'planner.reason.eligible': 'Every condition holds',
    'planner.reason.fail': 'Not met: {titleEn}',
    'planner.reason.fail-note': '{noteEn}',
    'planner.reason.unknown': 'Still to answer: {titleEn}',
    'planner.reason.score-range':
      'Every other condition holds; the innovation score is estimated at {min}–{max}: reaching {passMark} depends on the experts',
  },
)

/** a message as an English reader sees it (a param of another message cannot be a message) */
const enText = (m: Message): string => render(catalogues.en[m.key] ?? m.key, m.params, 'en')

const titles = (c: Check, fix: boolean) => {
  const t = CHECK_ITEMS[c.id]
  if (!t) return { title: c.id, titleEn: c.id }
  return fix ? { title: t[1], titleEn: t[2] } : { title: t[3], titleEn: t[4] }
}

/** the check that decides the program's status: the first failing one, else the first open one, else the score */
export function decidingReason(program: Program, scoreCheckId: string): { check?: string; reason: Message } {
  const { min, max, passMark } = program.score
  const failing = program.checks.find((c) => c.status === 'fail')
  if (failing) {
    const t = titles(failing, true)
    const note = failing.note
    return {
      check: failing.id,
      reason: note
        ? msg('planner.reason.fail-note', { ...t, note: note.text, noteEn: enText(note) })
        : msg('planner.reason.fail', t),
    }
  }
  const open = program.checks.find((c) => c.status === 'unknown' && c.id !== scoreCheckId)
  if (open) return { check: open.id, reason: msg('planner.reason.unknown', titles(open, false)) }
  if (program.status === 'borderline')
    return { check: scoreCheckId, reason: msg('planner.reason.score-range', { min, max, passMark }) }
  return { reason: msg('planner.reason.eligible') }
}
