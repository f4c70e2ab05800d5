// Engine messages (English): planner: paths, cliff charts, projected years' reasons, score levers. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'planner.path.tsme-next-unannounced':
    '{changeEn}. The {closed} tech-SME evaluation closed on {to} and takes no more registrations: the new IP counts for the next one ({next}), whose window is not announced yet',
  'planner.path.tsme-next':
    '{changeEn}. The {closed} tech-SME evaluation closed on {to} and takes no more registrations: the new IP counts for the {next} evaluation ({from} to {until})',
  'planner.path.extraRdYuan':
    'Spend {amount:yuan} more on R&D in {year} (it counts for an application in {next}, in the {from}–{year} total)',
  'planner.path.then-score':
    '{changeEn}; every other condition then holds and the experts’ innovation score decides (estimated {min}–{max}, {passMark} needed)',
  'planner.path.hireScienceStaff':
    'Raise the {year} full-year monthly average of S&T staff by {n} (new staff must work 183 days in {year}; it counts for an application in {next})',
  'planner.path.newClassI':
    'Obtain {n} more Class I IP {n:plural:item|items} (e.g. invention patents), granted before applying (it counts for an application in {next})',
  'planner.path.newClassII':
    'Obtain {n} more Class II IP {n:plural:item|items} (e.g. utility models, software copyrights), granted before applying (it counts for an application in {next})',
  'planner.path.extraTransformations':
    'Complete {n} more technology {n:plural:transformation|transformations} in {year} (it counts in the three-year window of an application in {next})',
  'planner.path.extraHiTechIncomeYuan':
    'Earn {amount:yuan} more high-tech income in {year} (total income rises with it; it counts for an application in {next})',
  'planner.cliff.rd.band1':
    'Last-year sales up to {limit:yuan} (inclusive): three-year R&D at least {ratio} of three-year sales',
  'planner.cliff.rd.band2': 'Above {low:yuan} and up to {high:yuan} (inclusive): at least {ratio}',
  'planner.cliff.rd.band3': 'Above {high:yuan}: at least {ratio}',
  'planner.cliff.rd.firm': 'This firm: last-year sales {sales:yuan}, three-year R&D share {share}, {need} required',
  'planner.cliff.rd.firm-at-least':
    'This firm: last-year sales {sales:yuan}, three-year R&D share at least {share} from the R&D answered, {need} required',
  'planner.cliff.rd.firm-open':
    'This firm: last-year sales {sales:yuan}; its three-year R&D share cannot be computed yet',
  'planner.cliff.tax.none': 'No corporate income tax rates are recorded for {year}',
  'planner.cliff.tax.rates': 'Standard rate {std}; HNTE reduced rate {hnte}',
  'planner.cliff.tax.slp':
    'Small low-profit firm, tax year {year}: taxable income up to {limit:yuan} (inclusive) bears {rate}; at {limit:yuan} the tax is {tax:yuan}',
  'planner.cliff.tax.tier-first': 'of which the part up to {upTo:yuan} (inclusive) bears {rate}',
  'planner.cliff.tax.tier': 'the part above {from:yuan} and up to {upTo:yuan} (inclusive) bears {rate}',
  'planner.cliff.tax.over':
    'Above {limit:yuan}, even by 0.01 yuan, the whole income is taxed at {rate}: at {over:yuan} the tax is {tax:yuan}',
  'planner.cliff.tax.slp-off': 'The small low-profit benefit is not in force in {year}',
  'planner.cliff.tax.firm':
    'This firm, tax year {year}: taxable income {taxable:yuan}; tax {std:yuan} at the standard rate, {slp:yuan} as a small low-profit firm',
  'planner.cliff.tax.firm-base':
    'This firm, tax year {year}: taxable income {before:yuan}, {taxable:yuan} after the R&D extra deduction and the technology-transfer reduction; tax {std:yuan} at the standard rate, {slp:yuan} as a small low-profit firm',
  'planner.cliff.tax.firm-at-most':
    'This firm, tax year {year}: taxable income {before:yuan}, at most {taxable:yuan} after the deductions known (some amounts are not answered); tax at most {std:yuan} at the standard rate, at most {slp:yuan} as a small low-profit firm',
  'planner.cliff.series.standard': 'Standard rate {rate}',
  'planner.cliff.series.hnte': 'HNTE {rate}',
  'planner.cliff.series.slp': 'Small low-profit firm (tax year {year}: effective {rate})',
  'planner.reason.eligible': 'Every condition holds',
  'planner.reason.fail': 'Not met: {titleEn}',
  'planner.reason.fail-note': '{noteEn}',
  'planner.reason.unknown': 'Still to answer: {titleEn}',
  'planner.reason.unknown-note': '{noteEn}',
  'planner.reason.score-range':
    'Every other condition holds; the innovation score is estimated at {min}–{max}: reaching {passMark} depends on the experts',
  'planner.score.newClassI': 'Obtain 1 Class I IP item (e.g. an invention patent)',
  'planner.score.newClassII': 'Obtain {n} Class II IP {n:plural:item|items} not used in an earlier application',
  'planner.score.transformations':
    'Complete {n} more technology {n:plural:transformation|transformations} in {year} (it counts in the three-year window of an application in {next})',
  'planner.score.rdManagement.system': 'Set up R&D management rules, R&D cost accounting and the R&D auxiliary ledger',
  'planner.score.rdManagement.institution': 'Set up an internal R&D institution and industry-university cooperation',
  'planner.score.rdManagement.transformationIncentives':
    'Set up the organisation and incentive system for transforming results',
  'planner.score.rdManagement.talent': 'Set up training, talent recruitment and performance reward systems',
  'planner.score.standards': 'Take part in drafting a national or industry standard, test method or specification',
  'planner.score.decides':
    'Every other condition holds: recognition depends on the experts’ innovation score (estimated {min}–{max}, {passMark} needed)',
  'planner.score.set': 'Together these lift the guaranteed minimum to {passMark}: {listEn}',
  'planner.score.set-next':
    'Together these lift the guaranteed minimum of an application in {next} to {passMark}: {listEn}',
  'planner.score.none':
    'Even with every change this tool can compute, the minimum is {best}, below {passMark}: the score rests on the experts',
} satisfies Catalogue
