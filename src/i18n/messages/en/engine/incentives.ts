// Engine messages (English): tax incentives: bases, conditions and estimates. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'incentives.basis': 'Estimated for tax year {taxYear} from {basisYear} figures.',
  'incentives.basis-settlement': "Annual settlement of tax year {taxYear}: that year's own figures and rules.",
  'incentives.tax-year-invalid':
    'The chosen tax year {chosen} is neither the assessment year nor the last fiscal year (settlement); tax year {taxYear} is estimated instead.',
  'incentives.tax-answers-other-year':
    'The tax answers (taxable income and the rest) were given for tax year {given} and are not taken as tax year {taxYear}’s: the tax incentives’ amounts are to be completed. Check them on the Tax step: keep them for {taxYear} or enter new ones.',
  'incentives.not-covered':
    "This rules version does not cover this incentive for tax year {taxYear} (it covers {from} on); check that year's rules.",
  'incentives.condition.certificate': 'A valid HNTE certificate in tax year {taxYear}.',
  'incentives.condition.certificate-not-cancelled':
    'A valid HNTE certificate in tax year {taxYear} (the year the status was cancelled is blank, read as never cancelled; if it was cancelled, enter that year).',
  'incentives.condition.expiry-year':
    '{taxYear} is the year the HNTE certificate expires: the firm may prepay at 15% but pays the difference unless recognised again by year end (SAT announcement 2017 No. 24, article 1).',
  'incentives.condition.earlier-unknown':
    'The status given is the latest one; whether the firm held it in tax year {taxYear} needs confirming.',
  'incentives.condition.criteria-met':
    'The firm may meet the criteria but holds no status (certificate or registration number) for tax year {taxYear}: the incentive follows once it does.',
  'incentives.condition.criteria-not-met': 'No status held in tax year {taxYear}, and the criteria are not met.',
  'incentives.condition.year-closed':
    'No status held in tax year {taxYear}; that year has ended, and a status obtained now does not cover it.',
  'incentives.condition.registered': 'Tech-SME registration number obtained for {taxYear}.',
  'incentives.condition.not-answered':
    'Not answered whether the firm was ever issued the status (HNTE certificate or tech-SME registration number): whether it held it in tax year {taxYear} is unknown, not a no. Answer it on the compliance step.',
  'incentives.condition.date-missing':
    'The firm has held the status, but the certificate date or registration year is not given: whether it covers tax year {taxYear} is unknown.',
  'rd-super-deduction.per-project-limit':
    'In tax year {taxYear} the other-related-cost limit was computed per R&D project (SAT announcement 2015 No. 97); this tool has only totals: the extra deduction is an upper bound, and the tax estimate leaves the other costs out.',
  'incentives.estimate.hnte-halved':
    'Technology-transfer income above 5 million yuan is taxed at half the 25% statutory rate, not at 15% (国税函〔2010〕157号).',
  'incentives.basis-notice':
    'Tax incentives follow the rules in force in tax year {taxYear}; amounts are estimated from {basisYear} figures, for reference only.',
  'incentives.not-in-force': 'This incentive is not in force in tax year {taxYear}.',
  'incentives.rd-super-deduction.tsme-pending':
    'Estimated for tax year {taxYear} from {basisYear} figures. With a tech-SME registration that year the rate would be {tsmeRate}.',
  'incentives.rd-super-deduction.no-rd':
    'Estimated for tax year {taxYear} from {basisYear} figures. {basisYear} has no R&D expense that qualifies.',
  'incentives.rd-super-deduction.q4-2022':
    'R&D incurred in the fourth quarter of {taxYear} (1 October – 31 December) qualified at 100% for firms otherwise at 75%; this tool has only the yearly total and cannot separate the quarter: the extra deduction is computed at 75% and is an "at least" figure, the tax an "at most" one. Compute the quarter from its actual amounts.',
  'incentives.small-low-profit.cliff':
    'Estimated for tax year {taxYear} from {basisYear} figures. Taxable income above {limit:yuan}: the whole income loses the benefit, not only the excess.',
  'incentives.small-low-profit.estimated-staff':
    'The small low-profit employee count was not given: total staff from the Staff step is used instead. To claim, the {taxYear} full-year quarterly average (agency workers included) must be at most 300.',
  'incentives.small-low-profit.estimated-assets':
    'The small low-profit total assets were not given: the {basisYear} year-end total assets are used instead. To claim, the {taxYear} full-year quarterly average must be at most 50 million yuan.',
  'incentives.small-low-profit.better-slp':
    'Estimated for tax year {taxYear} from {basisYear} figures. The small low-profit benefit and the HNTE 15% rate do not stack: {slp:yuan} as a small low-profit firm against {hnte:yuan} at 15%; the small low-profit benefit costs less.',
  'incentives.small-low-profit.better-hnte':
    'Estimated for tax year {taxYear} from {basisYear} figures. The small low-profit benefit and the HNTE 15% rate do not stack: {slp:yuan} as a small low-profit firm against {hnte:yuan} at 15%; the HNTE rate costs less.',
  'incentives.equipment.unit-limit':
    'Equipment and instruments bought in tax year {taxYear} with a unit value of at most {limit:yuan} may be deducted in full that year.',
  'incentives.tech-transfer.hnte':
    'Estimated for tax year {taxYear} from {basisYear} figures. The part above {limit:yuan} is taxed at half the rate ({rate}), even for an HNTE (国税函〔2010〕157号).',
} satisfies Catalogue
