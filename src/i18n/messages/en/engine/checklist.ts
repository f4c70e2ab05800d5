// Engine messages (English): checklist templates: gaps, applying, keeping and claiming. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'checklist.fix.generic': 'Condition not met: {id}',
  'checklist.answer.generic': 'More information needed: {id}',
  'checklist.answer.fields': 'Answer these and assess again: {fields}',
  'checklist.gap.yuan': '{gap:yuan} short',
  'checklist.gap.persons': '{count} {count:plural:person|persons} short',
  'checklist.gap.days': '{days} {days:plural:day|days} to wait (met from {date})',
  'checklist.gap.ratio': '{pp} percentage {pp:plural:point|points} short',
  'checklist.gap.points': '{points} {points:plural:point|points} short',
  'checklist.gap.points-at-least':
    'At least {points} {points:plural:point|points} short (the score is known only as a range; counted from its top)',
  'checklist.gap.hnte.rd-intensity':
    'R&D is {gap:yuan} short over the three fiscal years (counted amounts). Past years cannot be changed: more R&D recorded properly in {year} counts for an application in {next}',
  'checklist.gap.hnte.st-staff-ratio':
    'Hire {count} more S&T staff (annual monthly averages; S&T staff must work 183 days in the year). The share uses the previous year: staff starting now count from {year} at the earliest, so for an application in {next}',
  'checklist.gap.hnte.hitech-income-share':
    'High-tech income is {gap:yuan} short. The share uses the previous year: changes in {year} count for an application in {next}',
  'checklist.gap.hnte.rd-domestic-share': 'R&D spent in China is {gap:yuan} short (three fiscal years)',
  'checklist.gap.hnte.registered-one-year':
    '{days} {days:plural:day|days} to wait: registered one year on {date}, apply from then',
  'checklist.apply.hnte.audit.title': 'Commission the special audit',
  'checklist.apply.hnte.audit.detail':
    'Have a qualified intermediary audit R&D for the fiscal years {yearsEn} and high-tech income for {last}, and attest the financial statements of those years',
  'checklist.apply.hnte.register.title': 'Register on the HNTE management website',
  'checklist.apply.hnte.register.detail':
    'Register on the national HNTE recognition website (www.innocom.gov.cn) and complete the self-evaluation',
  'checklist.apply.hnte.submit.title': 'Submit the HNTE application in a batch',
  'checklist.apply.hnte.submit.deadline': 'Submit before the provincial batch deadline {date}',
  'checklist.apply.hnte.submit.noDeadline':
    'Submit as the provincial science department announces (batches usually April–October)',
  'checklist.apply.hnte.submit.over':
    'The {year} batches are normally over (usually April–October); watch for the provincial science department’s {next} notice and submit as it says',
  'checklist.apply.tsme.title': 'File the tech-SME evaluation online',
  'checklist.apply.tsme.window':
    'File on the tech-SME service platform (since 2024 the MIIT SME cultivation platform) between {from} and {to}',
  'checklist.apply.tsme.windowUnverified':
    'File on the tech-SME service platform (since 2024 the MIIT SME cultivation platform) between {from} and {to} (dates from secondary sources: check the notice)',
  'checklist.apply.tsme.noWindow':
    'File on the tech-SME service platform (since 2024 the MIIT SME cultivation platform) when this year’s window opens',
  'checklist.apply.tsme.closed':
    'The {year} window closed on {to}; the {next} window is not announced yet: file on the platform once the authority announces it',
  'checklist.keep.hnte.report.title': 'File the HNTE annual report',
  'checklist.keep.hnte.report.detail':
    'Every year by the end of May, report last year’s IP, staff, R&D and income on the HNTE website; two missed years cancel the status (Art 19 (3))',
  'checklist.keep.hnte.changes.title': 'Report major changes within {months} {months:plural:month|months}',
  'checklist.keep.hnte.changes.detail':
    'Report a change of name or any major change bearing on the conditions (split, merger, restructuring, business) within {months} {months:plural:month|months}',
  'checklist.keep.hnte.reapply.title': 'Apply again in the expiry year',
  'checklist.keep.hnte.reapply.detail':
    'The certificate is valid until {lastDay}; there is no renewal review: apply again in {year}. In that year the firm may prepay at 15% but pays the difference if not recognised again by year end',
  'checklist.keep.hnte.reapply.detail-no-rate':
    'The certificate is valid until {lastDay}; there is no renewal review: apply again in {year}. The firm fails a precondition of the 15% rate ({cite}), so it cannot prepay or claim at 15% while certified',
  'checklist.claim.rd-super-deduction.title': 'Claim the R&D super deduction',
  'checklist.claim.rd-super-deduction.detail':
    'Keep an R&D auxiliary ledger per project and fill in form A107012; claim at settlement by {due}. Estimated extra deduction {amount:yuan}',
  'checklist.claim.hnte-reduced-rate.title': 'File at the 15% HNTE rate',
  'checklist.claim.hnte-reduced-rate.detail':
    'With the certificate, prepay and settle (by {due}) at 15%; estimated saving {amount:yuan}',
  'checklist.claim.small-low-profit.title': 'Claim the small low-profit enterprise relief',
  'checklist.claim.small-low-profit.detail':
    'Report staff and assets at prepayment and settlement (by {due}); estimated CIT {amount:yuan}. Above 3 million yuan of taxable income the whole relief is lost',
  'checklist.claim.tech-transfer-exemption.title': 'Claim the technology-transfer income relief',
  'checklist.claim.tech-transfer-exemption.detail':
    'Register the contracts with the science authority; fill in form A107020 at settlement (by {due}). Estimated exempt {exempt:yuan}, halved {halved:yuan}, tax {amount:yuan}',
  'checklist.claim.equipment-one-time-deduction.title': 'Deduct equipment in one go',
  'checklist.claim.equipment-one-time-deduction.detail':
    'Equipment with a unit value up to 5 million yuan may be deducted at once at prepayment or settlement (by {due}); keep the invoices. Estimated deduction {amount:yuan}',
  'checklist.claim.tech-contract-vat-exemption.title': 'VAT exemption for technology transfer and development',
  'checklist.claim.tech-contract-vat-exemption.detail':
    'Have the written contracts recognised by the provincial science authority, invoice the related services on the same invoice (no special VAT invoices for exempt items) and keep the papers',
  'checklist.claim.loss-carryforward-10y.title': 'Carry losses forward 10 years',
  'checklist.claim.loss-carryforward-10y.detail':
    'For years with HNTE or tech-SME status, enter prior losses with the 10-year limit in form A106000 at settlement (by {due})',
  'checklist.answer.incentive.title': 'More information needed to estimate: {id}',
  'checklist.answer.incentive.rd-super-deduction':
    'Give the super-deduction R&D figures, industry and CIT collection method',
  'checklist.answer.incentive.hnte-reduced-rate': 'The 15% rate follows once HNTE status is settled',
  'checklist.answer.incentive.small-low-profit': 'Give taxable income, staff and total assets',
  'checklist.answer.incentive.tech-transfer-exemption':
    'Give technology-transfer income and whether the contracts are registered',
  'checklist.answer.incentive.loss-carryforward-10y':
    'The 10-year loss carry-forward follows once HNTE or tech-SME status is settled',
  'checklist.answer.incentive.equipment-one-time-deduction':
    'Give the equipment bought this year with a unit value up to 5 million yuan',
  'checklist.answer.incentive.tech-contract-vat-exemption': 'Say whether the technology contracts are registered',
} satisfies Catalogue
