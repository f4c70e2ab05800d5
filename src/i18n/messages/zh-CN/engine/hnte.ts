// Engine messages (zh-CN): HNTE rule: notes and check messages (国科发火〔2016〕32号, 国科发火〔2016〕195号). Flat keys, as the code names them.
import type { Catalogue } from '../../../tree'

export default {
  'hnte.note.missing': '尚缺以下信息，暂无法判断：{fields}',
  'hnte.note.out-of-scope': '评估日期 {asOf} 早于现行《高新技术企业认定管理办法》的施行日（2016-01-01），本工具不评估',
  'hnte.note.no-fiscal-years': '申请年度之前尚无完整的会计年度，无法计算近三个会计年度的指标',
  'hnte.note.zero-sales': '近三个会计年度销售收入合计为 0，研究开发费用占比无法计算，请人工核实',
  'hnte.note.zero-total-income': '最近一年总收入为 0，高新技术产品（服务）收入占比无法计算，请人工核实',
  'hnte.note.no-rd': '近三个会计年度没有研究开发费用，不符合研究开发费用占比条件',
  'hnte.note.domestic-vacuous': '没有研究开发费用，境内占比条件在数额上成立；但研究开发费用占比条件不成立',
  'hnte.note.domestic-abroad-blank':
    '{years} 年“其中在境外发生的自行研发和其他费用”未填写，按 0 计算；如有在境外发生的费用，请填写后再看此项',
  'hnte.note.zero-staff': '职工总数为 0，科技人员占比条件不成立',
  'hnte.note.tech-field-invalid': '技术领域代码“{code}”无法识别，请按《国家重点支持的高新技术领域》选择',
  'hnte.check.rd-intensity.open':
    '已填写的研究开发费用占比至少 {value}，尚低于 {threshold}；未填写的研发费用明细可能改变结论，请补充',
  'hnte.note.ip-unconfirmed':
    '尚未确认知识产权数量已剔除由其他共有人使用的共有知识产权、且所计专利均在申请前取得授权，可计数量按 0 至所填数量估计',
  'hnte.note.ip-not-all-count':
    '所填知识产权中有不能计入的（由其他共有人使用的共有知识产权，或申请前尚未授权的专利），请只填可计入的数量',
  'hnte.check.not-cancelled-this-year.fail':
    '{year} 年被取消高新技术企业资格，当年不得再次申请认定，最早 {next} 年申请',
  'hnte.check.registered-one-year.fail': '成立 {value} 天，须满 {threshold} 天，还需等待 {gap} 天',
  'hnte.check.core-ip.no-ip': '没有可用于本次申请的知识产权（Ⅰ类，或此前未用过的Ⅱ类）',
  'hnte.check.core-ip.not-core': '知识产权未对主要产品（服务）在技术上发挥核心支持作用',
  'hnte.check.tech-field.none': '核心技术不属于《国家重点支持的高新技术领域》',
  'hnte.check.st-staff-ratio.fail': '科技人员占比 {value}，低于 {threshold}；至少还需增聘 {gap} 名科技人员',
  'hnte.check.rd-intensity.fail': '研究开发费用占比 {value}，低于 {threshold}；近三年合计还需增加 {gap:yuan}',
  'hnte.check.rd-domestic-share.fail': '境内研究开发费用占比 {value}，低于 {threshold}；须有 {gap:yuan} 改在境内发生',
  'hnte.check.hitech-income-share.fail': '高新技术产品（服务）收入占比 {value}，低于 {threshold}；还差 {gap:yuan}',
  'hnte.check.innovation-score.fail': '创新能力评价最多 {max} 分，未达到 {threshold} 分，至少差 {gap} 分',
  'hnte.check.innovation-score.range': '创新能力评价估计 {min}–{max} 分，是否达到 {threshold} 分取决于专家评分',
  'hnte.check.no-major-incident.fail': '申请认定前一年内发生过重大安全、重大质量事故或严重环境违法行为',
  'hnte.score.growth-net-assets.manual-review':
    '净资产增长率：不足三个会计年度的数据或净资产为负，《工作指引》未给出算法，本工具保守估分，请人工复核',
  'hnte.score.growth-net-assets.y2-zero': '净资产增长率：第二年数值为 0，按《工作指引》计 0 分',
  'hnte.score.growth-net-assets.y1-zero': '净资产增长率：第一年数值为 0，按《工作指引》只用后两年计算',
  'hnte.score.growth-sales.manual-review':
    '销售收入增长率：不足三个会计年度的数据或净资产为负，《工作指引》未给出算法，本工具保守估分，请人工复核',
  'hnte.score.growth-sales.y2-zero': '销售收入增长率：第二年数值为 0，按《工作指引》计 0 分',
  'hnte.score.growth-sales.y1-zero': '销售收入增长率：第一年数值为 0，按《工作指引》只用后两年计算',
  'hnte.score.transformation.band-e':
    '年均科技成果转化数为 {average}，介于 0 与 1 之间；《工作指引》未规定此情形，本工具按 E 档（1–6 分）估算',
} satisfies Catalogue
