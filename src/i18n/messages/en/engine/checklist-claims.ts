// Engine messages (English): checklist: claiming incentives and keeping a tech-SME registration. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'checklist.claim.no-amount': 'Claim at settlement (by {due}); the amount is estimated once the answers are given',
  'checklist.claim.hnte-reduced-rate.choice-any':
    'With the certificate the firm may file at 15% (saving {amount} × 10,000 yuan), but it also qualifies as a small low-profit enterprise: the two do not stack and the small low-profit relief costs less, so choose that one',
  'checklist.status.hnte-reduced-rate.title': 'The 15% rate needs an HNTE certificate: apply for recognition',
  'checklist.status.loss-carryforward-10y.title':
    "The 10-year carry-forward needs the year's HNTE certificate or tech-SME registration number",
  'checklist.status.expiry-year.title':
    'Expiry year of the certificate: be recognised again by year end, or pay back the difference prepaid at 15%',
  'checklist.tsme.annual-update.title': 'Update the tech-SME registration by {dueEn} every year',
  'checklist.tsme.annual-update.detail':
    'A registered firm updates its information and self-evaluation on the platform by {dueEn} every year (国科发政〔2017〕115号 Art. 12); a firm that does not loses its registration number (Art 14 (6)). Next due: {date}',
  'checklist.tsme.changes.title': 'Report major changes within {months} {months:plural:month|months}',
  'checklist.tsme.changes.detail':
    'Report a change of name, address, business scope or other major change on the platform within {months} {months:plural:month|months} (国科发政〔2017〕115号 Art. 13)',
} satisfies Catalogue
