// Engine messages (zh-CN): tech-SME rule: check messages and notices (国科发政〔2017〕115号). Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'tsme.check.score.direct-pass.hnte-certificate': '持有有效期内的高新技术企业证书，符合第八条直接确认条件，无需评分。',
  'tsme.check.score.direct-pass.national-award': '近五年获国家级科技奖励且排名前三，符合第八条直接确认条件，无需评分。',
  'tsme.check.score.direct-pass.rd-institution': '拥有经认定的省部级以上研发机构，符合第八条直接确认条件，无需评分。',
  'tsme.check.score.direct-pass.led-standard':
    '近五年主导制定国际、国家或行业标准（主导制定指在标准起草单位中排名前五，第九条（六）），符合第八条直接确认条件，无需评分。',
  'tsme.check.score.st-staff-zero': '科技人员指标得分为0（科技人员占比不足{ratio}），不论总分多少均不符合条件。',
  'tsme.check.score.below-pass': '综合评价最高{max}分，低于{passMark}分，还差{gap}分。',
  'tsme.notice.rd-from-hnte':
    '未填写{year}年研发费用加计扣除口径数据，研发投入指标暂按高新技术企业研发费用口径计算；评价时应按税收口径填报。',
  'tsme.notice.costs-definition':
    '“成本费用支出总额”的构成未见官方说明，本工具按营业成本、税金及附加、销售费用、管理费用、研发费用、财务费用之和理解。',
  'tsme.notice.registration':
    '科技型中小企业入库后须每年3月31日前更新信息，否则撤销登记编号（国科发政〔2017〕115号 第十二条、第十四条（六））。{year}年评价时间：{from}至{to}。',
  'tsme.notice.registration-closed':
    '{year}年科技型中小企业评价已于{to}截止；{next}年评价时间尚未公布，请以主管部门通知为准。已入库企业须每年3月31日前更新信息。',
  'tsme.notice.registration-no-window':
    '科技型中小企业入库后须每年3月31日前更新信息，否则撤销登记编号。{year}年评价时间尚未设置，请以主管部门通知为准。',
} satisfies Catalogue
