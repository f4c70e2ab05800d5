// zh-CN and en templates for the tax incentives.
import { defineMessages } from '../../engine/messages'

defineMessages(
  {
    'incentives.basis': '按{basisYear}年数据估算{taxYear}纳税年度。',
    'incentives.basis-settlement': '{taxYear}年度汇算清缴：按该年度自身数据和该年度政策计算。',
    'incentives.tax-year-invalid':
      '所选纳税年度{chosen}既不是评估年度也不是上一年度（汇算清缴），本次按{taxYear}纳税年度估算。',
    'incentives.not-covered':
      '本规则版本未收录{taxYear}纳税年度的该项政策（收录自{from}年起），无法判断，请以当年政策为准。',
    'incentives.condition.certificate': '{taxYear}纳税年度持有有效的高新技术企业证书。',
    'incentives.condition.expiry-year':
      '{taxYear}年是高新技术企业证书期满当年：可暂按15%预缴，年底前未重新认定的须补缴税款（国家税务总局公告2017年第24号）。',
    'incentives.condition.earlier-unknown': '所填为最近一次取得的资格，{taxYear}年度是否持有资格需确认。',
    'incentives.condition.criteria-met':
      '可能符合认定条件，但{taxYear}纳税年度尚未持有资格（证书或入库登记编号）：取得资格后方可享受。',
    'incentives.condition.criteria-not-met': '{taxYear}纳税年度未持有资格，且不符合认定条件。',
    'incentives.condition.year-closed': '{taxYear}纳税年度未持有资格；该年度已结束，现在取得的资格不适用于该年度。',
    'incentives.condition.registered': '{taxYear}年度已取得科技型中小企业入库登记编号。',
    'rd-super-deduction.per-project-limit':
      '{taxYear}纳税年度其他相关费用限额按每个研发项目分别计算（国家税务总局公告2015年第97号），本工具只有合计数：加计扣除额为上限，税额估算未计入其他相关费用。',
    'incentives.estimate.hnte-halved':
      '技术转让所得超过500万元减半征收的部分按25%法定税率减半计税，不适用15%税率（国税函〔2010〕157号）。',
    'incentives.basis-notice': '税收优惠按{taxYear}纳税年度有效的政策判断，金额按{basisYear}年数据估算，仅供参考。',
    'incentives.not-in-force': '该政策在{taxYear}纳税年度不在执行期内。',
    'incentives.rd-super-deduction.tsme-pending':
      '按{basisYear}年数据估算{taxYear}纳税年度。若当年取得科技型中小企业入库登记，加计扣除比例可为{tsmeRate}。',
    'incentives.rd-super-deduction.no-rd':
      '按{basisYear}年数据估算{taxYear}纳税年度。{basisYear}年没有可加计扣除的研发费用。',
    'incentives.small-low-profit.cliff':
      '按{basisYear}年数据估算{taxYear}纳税年度。应纳税所得额超过{limit:yuan}：全部所得不再享受优惠（不是仅超过部分）。',
    'incentives.small-low-profit.better-slp':
      '按{basisYear}年数据估算{taxYear}纳税年度。小型微利企业优惠与高新技术企业15%税率不叠加，择一适用：按小型微利企业纳税{slp:yuan}，按15%税率纳税{hnte:yuan}，小型微利企业优惠更省。',
    'incentives.small-low-profit.better-hnte':
      '按{basisYear}年数据估算{taxYear}纳税年度。小型微利企业优惠与高新技术企业15%税率不叠加，择一适用：按小型微利企业纳税{slp:yuan}，按15%税率纳税{hnte:yuan}，高新技术企业税率更省。',
    'incentives.equipment.unit-limit':
      '{taxYear}纳税年度购进的单位价值不超过{limit:yuan}的设备、器具，可一次性在计算应纳税所得额时扣除。',
    'incentives.tech-transfer.hnte':
      '按{basisYear}年数据估算{taxYear}纳税年度。超过{limit:yuan}的部分减半征收（实际税负{rate}），高新技术企业同样适用（国税函〔2010〕157号）。',
  },
  {
    'incentives.basis': 'Estimated for tax year {taxYear} from {basisYear} figures.',
    'incentives.basis-settlement': "Annual settlement of tax year {taxYear}: that year's own figures and rules.",
    'incentives.tax-year-invalid':
      'The chosen tax year {chosen} is neither the assessment year nor the last fiscal year (settlement); tax year {taxYear} is estimated instead.',
    'incentives.not-covered':
      "This rules version does not cover this incentive for tax year {taxYear} (it covers {from} on); check that year's rules.",
    'incentives.condition.certificate': 'A valid HNTE certificate in tax year {taxYear}.',
    'incentives.condition.expiry-year':
      '{taxYear} is the year the HNTE certificate expires: the firm may prepay at 15% but pays the difference unless recognised again by year end (SAT announcement 2017 No. 24).',
    'incentives.condition.earlier-unknown':
      'The status given is the latest one; whether the firm held it in tax year {taxYear} needs confirming.',
    'incentives.condition.criteria-met':
      'The firm may meet the criteria but holds no status (certificate or registration number) for tax year {taxYear}: the incentive follows once it does.',
    'incentives.condition.criteria-not-met': 'No status held in tax year {taxYear}, and the criteria are not met.',
    'incentives.condition.year-closed':
      'No status held in tax year {taxYear}; that year has ended, and a status obtained now does not cover it.',
    'incentives.condition.registered': 'Tech-SME registration number obtained for {taxYear}.',
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
    'incentives.small-low-profit.cliff':
      'Estimated for tax year {taxYear} from {basisYear} figures. Taxable income above {limit:yuan}: the whole income loses the benefit, not only the excess.',
    'incentives.small-low-profit.better-slp':
      'Estimated for tax year {taxYear} from {basisYear} figures. The small low-profit benefit and the HNTE 15% rate do not stack: {slp:yuan} as a small low-profit firm against {hnte:yuan} at 15%; the small low-profit benefit costs less.',
    'incentives.small-low-profit.better-hnte':
      'Estimated for tax year {taxYear} from {basisYear} figures. The small low-profit benefit and the HNTE 15% rate do not stack: {slp:yuan} as a small low-profit firm against {hnte:yuan} at 15%; the HNTE rate costs less.',
    'incentives.equipment.unit-limit':
      'Equipment and instruments bought in tax year {taxYear} with a unit value of at most {limit:yuan} may be deducted in full that year.',
    'incentives.tech-transfer.hnte':
      'Estimated for tax year {taxYear} from {basisYear} figures. The part above {limit:yuan} is taxed at half the rate ({rate}), even for an HNTE (国税函〔2010〕157号).',
  },
)
