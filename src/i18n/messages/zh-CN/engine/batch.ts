// Engine messages (zh-CN): batch triage: a firm's largest gap in words. Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'batch.gap.hnte.rd-intensity': '研发费用还差 {wan} 万元',
  'batch.gap.hnte.rd-domestic-share': '境内研发费用还差 {wan} 万元',
  'batch.gap.hnte.hitech-income-share': '高新技术产品（服务）收入还差 {wan} 万元',
  'batch.gap.hnte.st-staff-ratio': '科技人员还差 {n} 人',
  'batch.gap.hnte.registered-one-year': '成立满一年还差 {n} 天',
  'batch.gap.hnte.innovation-score': '创新能力评价至少还差 {n} 分',
  'batch.gap.tsme.score': '科技型中小企业评价至少还差 {n} 分',
  'batch.gap.tsme.staff-limit': '职工总数超出上限 {n} 人',
  'batch.gap.tsme.revenue-limit': '销售收入超出上限 {wan} 万元',
  'batch.gap.tsme.assets-limit': '资产总额超出上限 {wan} 万元',
  'batch.gap.other': '{title}',
} satisfies Catalogue
