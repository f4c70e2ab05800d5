// Engine messages (English): HNTE rule: notes and check messages (国科发火〔2016〕32号, 国科发火〔2016〕195号). Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'hnte.note.missing': 'Not enough answers to decide; still needed: {fields}',
  'hnte.note.out-of-scope':
    'The assessment date {asOf} is before the current HNTE measures took effect (2016-01-01); not assessed',
  'hnte.note.no-fiscal-years':
    'No complete fiscal year before the application year: the 3-year figures cannot be computed',
  'hnte.note.zero-sales': 'Sales over the fiscal years total 0: the R&D ratio cannot be computed; check manually',
  'hnte.note.zero-total-income':
    'Last-year total income is 0: the high-tech income share cannot be computed; check manually',
  'hnte.note.no-rd': 'No R&D expense in the fiscal years: the R&D intensity condition is not met',
  'hnte.note.domestic-vacuous':
    'No R&D expense: the domestic-share condition holds in amounts, but the R&D intensity condition fails',
  'hnte.note.domestic-abroad-blank':
    '“Of in-house and other costs: spent outside China” is blank for {years} and counted as 0; if any was spent abroad, enter it and check this again',
  'hnte.note.zero-staff': 'Total staff is 0: the S&T staff ratio condition is not met',
  'hnte.note.tech-field-invalid': 'The technology field code "{code}" is not recognised; choose one from the 8 fields',
  'hnte.check.rd-intensity.open':
    'The R&D answered gives an intensity of at least {value}, below {threshold}: the R&D amounts not yet answered may change this; give them',
  'hnte.note.ip-unconfirmed':
    'Not yet confirmed that the counts leave out co-owned IP another owner uses and that every patent counted was granted before applying: the usable count is taken as 0 up to the number given',
  'hnte.note.ip-not-all-count':
    'Some IP counted does not count (co-owned IP another owner uses, or patents not granted before applying): give only the items that count',
  'hnte.check.not-cancelled-this-year.fail':
    'HNTE status was cancelled in {year}: the firm may not apply again that year; apply from {next}',
  'hnte.check.registered-one-year.fail':
    'Registered {value} {value:plural:day|days} ago; {threshold} {threshold:plural:day|days} needed: wait {gap} more {gap:plural:day|days}',
  'hnte.check.core-ip.no-ip': 'No IP usable for this application (Class I, or Class II not used before)',
  'hnte.check.core-ip.not-core': 'The IP does not play a core supporting role for the main products or services',
  'hnte.check.tech-field.none': 'The core technology is outside the State-supported high-tech fields',
  'hnte.check.st-staff-ratio.fail': 'S&T staff share {value} is below {threshold}: hire at least {gap} more S&T staff',
  'hnte.check.rd-intensity.fail':
    'R&D intensity {value} is below {threshold}: {gap:yuan} more R&D over the years needed',
  'hnte.check.rd-domestic-share.fail':
    'Domestic R&D share {value} is below {threshold}: {gap:yuan} must be spent in China instead',
  'hnte.check.hitech-income-share.fail': 'High-tech income share {value} is below {threshold}: {gap:yuan} short',
  'hnte.check.innovation-score.fail':
    'The innovation score can reach at most {max}, below {threshold}: at least {gap} {gap:plural:point|points} short',
  'hnte.check.innovation-score.range':
    'Innovation score estimated at {min}–{max}; reaching {threshold} depends on the experts',
  'hnte.check.no-major-incident.fail':
    'A major safety or quality accident or a serious environmental violation occurred in the year before applying',
  'hnte.score.growth-net-assets.manual-review':
    'Net asset growth: fewer than 3 fiscal years of data or negative net assets; the Guide gives no formula, scored conservatively: review manually',
  'hnte.score.growth-net-assets.y2-zero':
    'Net asset growth: the second-year value is 0, which scores 0 under the Guide',
  'hnte.score.growth-net-assets.y1-zero':
    'Net asset growth: the first-year value is 0, so only the last two years are used (Guide)',
  'hnte.score.growth-sales.manual-review':
    'Sales growth: fewer than 3 fiscal years of data or negative net assets; the Guide gives no formula, scored conservatively: review manually',
  'hnte.score.growth-sales.y2-zero': 'Sales growth: the second-year value is 0, which scores 0 under the Guide',
  'hnte.score.growth-sales.y1-zero':
    'Sales growth: the first-year value is 0, so only the last two years are used (Guide)',
  'hnte.score.transformation.band-e':
    'The yearly average of transformations is {average}, between 0 and 1; the Guide is silent, band E (1–6) is assumed',
} satisfies Catalogue
