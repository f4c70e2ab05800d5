// Engine messages (English): batch triage: a firm's largest gap in words. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'batch.gap.hnte.rd-intensity': 'R&D short by {wan} 万元',
  'batch.gap.hnte.rd-domestic-share': 'R&D in China short by {wan} 万元',
  'batch.gap.hnte.hitech-income-share': 'High-tech income short by {wan} 万元',
  'batch.gap.hnte.st-staff-ratio': '{n} more S&T staff needed',
  'batch.gap.hnte.registered-one-year': '{n} days until registered one year',
  'batch.gap.hnte.innovation-score': 'Innovation score short by at least {n} points',
  'batch.gap.tsme.score': 'Tech-SME score short by at least {n} points',
  'batch.gap.tsme.staff-limit': 'Staff {n} above the limit',
  'batch.gap.tsme.revenue-limit': 'Sales {wan} 万元 above the limit',
  'batch.gap.tsme.assets-limit': 'Assets {wan} 万元 above the limit',
  'batch.gap.other': '{title}',
} satisfies Catalogue
