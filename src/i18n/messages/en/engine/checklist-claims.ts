// Engine messages (English): checklist: claiming incentives and keeping a tech-SME registration. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'checklist.claim.settlement-closed':
    'The {taxYear} settlement closed on {due}; for a claim not made in it, ask the tax office about a corrected return. The next settlement (tax year {year}) is due by {next}',
  'checklist.claim.no-amount': 'Claim at settlement (by {due}); the amount is estimated once the answers are given',
  'checklist.claim.hnte-reduced-rate.choice-any':
    'With the certificate the firm may file at 15% (saving {amount:yuan}), but it also qualifies as a small low-profit enterprise: the two do not stack and the small low-profit relief costs less, so choose that one',
  'checklist.claim.hnte-reduced-rate.choice-any-at-most':
    'With the certificate the firm may file at 15% (saving at most {amount:yuan}: a deduction of unknown amount is left out), but it also qualifies as a small low-profit enterprise: the two do not stack and the small low-profit relief costs less, so choose that one',
  'checklist.claim.rd-super-deduction.detail-at-least':
    'Keep an R&D auxiliary ledger per project and fill in form A107012; claim at settlement by {due}. Estimated extra deduction at least {amount:yuan} (from the R&D amounts given; the rest can only add to it)',
  'checklist.claim.rd-super-deduction.detail-at-most':
    "Keep an R&D auxiliary ledger per project and fill in form A107012; claim at settlement by {due}. Estimated extra deduction at most {amount:yuan} (that year's other-costs limit applies per project; the firm's totals give an upper bound)",
  'checklist.claim.hnte-reduced-rate.detail-at-most':
    'With the certificate, prepay and settle (by {due}) at 15%; estimated saving at most {amount:yuan} (a deduction of unknown amount is left out)',
  'checklist.claim.small-low-profit.detail-at-most':
    'Report staff and assets at prepayment and settlement (by {due}); estimated CIT at most {amount:yuan} (a deduction of unknown amount is left out). Above 3 million yuan of taxable income the whole relief is lost',
  'checklist.claim.tech-transfer-exemption.detail-at-most':
    'Register the contracts with the science authority; fill in form A107020 at settlement (by {due}). Estimated exempt {exempt:yuan}, halved {halved:yuan}, tax at most {amount:yuan} (a deduction of unknown amount is left out)',
  'checklist.status.hnte-reduced-rate.title': 'The 15% rate needs an HNTE certificate: apply for recognition',
  'checklist.status.loss-carryforward-10y.title':
    "The 10-year carry-forward needs the year's HNTE certificate or tech-SME registration number",
  'checklist.claim.rd-super-deduction.prepay.h1.title': 'Claim the first half-year’s R&D at the July prepayment',
  'checklist.claim.rd-super-deduction.prepay.q3.title': 'Claim the first three quarters’ R&D at the October prepayment',
  'checklist.claim.rd-super-deduction.prepay.detail':
    'The prepayment is filed within 15 days of the quarter’s end (by {date}, later if a public holiday falls in it); claiming then is optional: otherwise claim at settlement by {due}',
  'checklist.status.expiry-year.title':
    'Expiry year of the certificate: be recognised again by year end, or pay back the difference prepaid at 15%',
  'checklist.tsme.annual-update.title': 'Update the tech-SME registration by {dueEn} every year',
  'checklist.tsme.annual-update.detail':
    'A registered firm updates its information and self-evaluation on the platform by {dueEn} every year (国科发政〔2017〕115号 Art. 12); a firm that does not loses its registration number (Art 14 (6)). Next due: {date}',
  'checklist.tsme.changes.title': 'Report major changes within {months} {months:plural:month|months}',
  'checklist.tsme.changes.detail':
    'Report a change of name, address, business scope or other major change on the platform within {months} {months:plural:month|months} (国科发政〔2017〕115号 Art. 13)',
} satisfies Catalogue
