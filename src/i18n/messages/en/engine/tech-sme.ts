// Engine messages (English): tech-SME rule: check messages and notices (国科发政〔2017〕115号). Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'tsme.check.score.direct-pass.hnte-certificate':
    'Holds a valid HNTE certificate: confirmed directly under Art 8, no score needed.',
  'tsme.check.score.direct-pass.national-award':
    'A national S&T award in the last five years, ranked in the top three units: confirmed directly under Art 8, no score needed.',
  'tsme.check.score.direct-pass.rd-institution':
    'Has a recognised provincial/ministerial or higher R&D institution: confirmed directly under Art 8, no score needed.',
  'tsme.check.score.direct-pass.led-standard':
    'Led the drafting of an international, national or industry standard in the last five years (led = among the first five drafting units, Art 9 (6)): confirmed directly under Art 8, no score needed.',
  'tsme.check.score.st-staff-zero':
    'The S&T staff indicator scores 0 (S&T staff below {ratio} of all staff): not eligible whatever the total score.',
  'tsme.check.score.below-pass': 'The score is at most {max}, below {passMark}: {gap} {gap:plural:point|points} short.',
  'tsme.notice.rd-from-hnte':
    'No super-deduction R&D figures for {year}: the R&D indicator uses the HNTE R&D definition for now; the evaluation uses the tax definition.',
  'tsme.notice.costs-definition':
    'The composition of "total costs and expenses" is not defined officially; taken as cost of sales, taxes and surcharges, selling, administrative, R&D and financial expenses.',
  'tsme.notice.registration':
    'A registered tech-SME updates its information by 31 March every year or loses its number (国科发政〔2017〕115号 Art. 12, Art. 14(6)). Evaluation window {year}: {from} to {to}.',
  'tsme.notice.registration-closed':
    'The {year} tech-SME evaluation closed on {to}; the {next} window is not announced yet: follow the authority’s notice. Registered firms update their information by 31 March every year.',
  'tsme.notice.registration-no-window':
    'A registered tech-SME updates its information by 31 March every year or loses its number. The {year} window is not set: follow the authority’s notice.',
} satisfies Catalogue
