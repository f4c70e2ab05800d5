// zh-CN and en templates for the tax incentives.
import { defineMessages } from '../../engine/messages'

defineMessages(
  {
    'incentives.basis': '按{basisYear}年数据估算{taxYear}纳税年度。',
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
