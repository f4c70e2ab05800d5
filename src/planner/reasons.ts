// Why a projected year gets its status: the deciding check of the program, as a message in both languages
// (issue #8 §8: "give each projected year its deciding reason").
import { messageText, msg, render } from '../engine/messages'
import type { Check, Message, Program } from '../engine/types'

/** a message as an English reader sees it (a param of another message cannot be a message) */
const enText = (m: Message): string => render(messageText(m.key, 'en') ?? m.key, m.params, 'en')

const titles = (c: Check, fix: boolean) => {
  const key = `checklist.${fix ? 'fix' : 'answer'}.${c.id}`
  return { title: messageText(key) ?? c.id, titleEn: messageText(key, 'en') ?? c.id }
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
  // an open check's note says what is known ("at least 3.81%") and what would settle it (issue #8 §3)
  if (open?.note)
    return {
      check: open.id,
      reason: msg('planner.reason.unknown-note', { note: open.note.text, noteEn: enText(open.note) }),
    }
  if (open) return { check: open.id, reason: msg('planner.reason.unknown', titles(open, false)) }
  if (program.status === 'borderline')
    return { check: scoreCheckId, reason: msg('planner.reason.score-range', { min, max, passMark }) }
  return { reason: msg('planner.reason.eligible') }
}
