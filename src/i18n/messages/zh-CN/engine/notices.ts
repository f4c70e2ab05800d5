// Engine messages (zh-CN): notices every assessment carries. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'notices.tsme-reform-2026':
    '工业和信息化部于2026年1月17日印发《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）：梯度为科技和创新型中小企业、专精特新中小企业、专精特新“小巨人”企业，申报专精特新须从“科技和创新型中小企业”这一梯度起步。在合并后的评价标准发布前，科技型中小企业仍按国科发政〔2017〕115号评价（施行日期2026年4月1日及此项安排仅见于第三方资料，待核实）。',
  // an assessment date after the rules version's date (src/rules/notices.ts)
  'notices.after-rules-version':
    '评估日期 {asOf} 晚于本规则版本（{version}）所依据的法规日期 {knownAsOf}：结果按 {knownAsOf} 时已知的规定计算，此后的新规定和修订未纳入，请核对当时有效的规定。',
  'notices.locality-note': '{text}',
  'notices.unverified': '以下参数仅见于第三方资料，尚未与官方原文核对，结果仅供参考：{list}。',
  // figures that cannot both be true (src/rules/contradictions.ts)
  'notices.contradiction':
    '所填数字相互矛盾：{fields}，前一项不能大于后一项。请核对改正；改正前，用到这两项的判断均为“待确认”。',
  'notices.contradiction-check': '所填数字相互矛盾（{fields}），核对改正后才能判断。',
} satisfies Catalogue
