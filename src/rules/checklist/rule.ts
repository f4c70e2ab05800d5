// The next-steps checklist (issue #2 §2.4): an item for every failing or unknown check, the steps to apply
// for an eligible or borderline program, how to claim each applicable incentive, and what a certified firm
// must keep doing. Whom to ask comes from the locality settings; dates from the assessment date.
import type { Context } from '../../engine/context'
import type { ChecklistItem, Incentive, Program } from '../../engine/types'
import { checkItems } from './check-items'
import { hnteApplyItems, hnteKeepItems, hnteShouldApply, tsmeApplyItems } from './apply'
import { incentiveItems } from './claims'
import { tsmeKeepItems } from './tsme-keep'
import { nextHnteDeadline, nextTsmeWindow } from './timing'

const GROUP_ORDER: ChecklistItem['group'][] = ['fix', 'answer', 'apply', 'claim', 'keep']

/** a firm holding a registration number keeps it only by the yearly update, whatever this year's evaluation says */
const registeredTsmeItems = (ctx: Context): ChecklistItem[] =>
  ctx.profile.credentials.techSmeRegistrationYear === undefined ? [] : tsmeKeepItems(ctx, ['tsme.registration'])

const canApply = (p: Program): boolean => p.status === 'eligible' || p.status === 'borderline'

export function buildChecklist(
  ctx: Context,
  r: { hnte: Program; techSme: Program & { directPass: boolean }; incentives: Incentive[] },
): ChecklistItem[] {
  const items = [
    ...checkItems(ctx, r.hnte, nextHnteDeadline(ctx)),
    ...checkItems(ctx, r.techSme, nextTsmeWindow(ctx)?.to),
    ...(canApply(r.hnte) && hnteShouldApply(ctx) ? hnteApplyItems(ctx, r.hnte) : []),
    ...(canApply(r.techSme) ? tsmeApplyItems(ctx, r.techSme) : registeredTsmeItems(ctx)),
    ...incentiveItems(ctx, r.incentives),
    ...hnteKeepItems(ctx, r.incentives),
  ]
  // a stable sort: by group, then in the order the programs list their checks
  return items.sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group))
}
