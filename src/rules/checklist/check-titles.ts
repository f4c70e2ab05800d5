// Per check: the department to ask and the item titles (zh-CN, en) for a failing or an unanswered check.
import type { Locality } from '../../locality/types'

type Dept = keyof Locality['departments']

/** [department, fix zh, fix en, answer zh, answer en] */
export const CHECK_ITEMS: Record<string, [Dept, string, string, string, string]> = {
  'hnte.registered-one-year': [
    'science',
    '待注册满一年后再申报高企',
    'Wait until the firm has been registered one year',
    '补充成立日期',
    'Give the registration date',
  ],
  'hnte.core-ip': [
    'market',
    '取得对主要产品起核心支持作用的知识产权',
    'Obtain IP that supports the main products',
    '补充知识产权情况',
    'Give the IP the firm owns',
  ],
  'hnte.tech-field': [
    'science',
    '核心技术须属于国家重点支持的高新技术领域',
    'The core technology must fall within the supported fields',
    '补充核心技术所属领域',
    'Give the field of the core technology',
  ],
  'hnte.st-staff-ratio': [
    'science',
    '提高科技人员占比',
    'Raise the share of S&T staff',
    '补充职工与科技人员人数',
    'Give total and S&T staff',
  ],
  'hnte.rd-intensity': [
    'science',
    '提高研发费用占销售收入比例',
    'Raise R&D spending relative to sales',
    '补充近三年研发费用与销售收入',
    'Give three years of R&D and sales',
  ],
  'hnte.rd-domestic-share': [
    'science',
    '提高境内研发费用占比',
    'Raise the share of R&D spent in China',
    '补充境内外研发费用构成',
    'Give the split of R&D inside and outside China',
  ],
  'hnte.hitech-income-share': [
    'science',
    '提高高新技术产品（服务）收入占比',
    'Raise the share of high-tech income',
    '补充总收入与高新技术产品（服务）收入',
    'Give total and high-tech income',
  ],
  'hnte.innovation-score': [
    'science',
    '提升创新能力评价得分',
    'Raise the innovation score',
    '补充评分项以缩小得分区间',
    'Answer the scoring items to narrow the score range',
  ],
  'hnte.no-major-incident': [
    'science',
    '申请前一年内不得发生重大安全、质量事故或严重环境违法行为',
    'No major accident or serious environmental violation in the past year',
    '说明近一年安全、质量和环境情况',
    'State the safety, quality and environmental record',
  ],
  'tsme.resident': [
    'tax',
    '须为境内居民企业且查账征收',
    'Must be a mainland resident enterprise taxed on its accounts',
    '补充注册地与所得税征收方式',
    'Give the place of registration and the CIT collection method',
  ],
  'tsme.staff-limit': [
    'statistics',
    '职工总数超过科技型中小企业上限',
    'Staff exceed the tech-SME limit',
    '补充职工总数',
    'Give total staff',
  ],
  'tsme.revenue-limit': [
    'statistics',
    '年销售收入超过科技型中小企业上限',
    'Sales exceed the tech-SME limit',
    '补充上年销售收入',
    "Give last year's sales",
  ],
  'tsme.assets-limit': [
    'statistics',
    '资产总额超过科技型中小企业上限',
    'Total assets exceed the tech-SME limit',
    '补充上年末资产总额',
    "Give last year's total assets",
  ],
  'tsme.industry': [
    'market',
    '所属行业不在科技型中小企业范围内',
    'The industry is excluded from tech-SME evaluation',
    '补充所属行业及是否属限制类产业',
    'Give the industry and whether it is restricted',
  ],
  'tsme.clean-record': [
    'market',
    '消除失信、经营异常或事故等不良记录',
    'Clear the dishonesty, abnormal-operation or incident record',
    '说明信用与事故记录',
    'State the credit and incident record',
  ],
  'tsme.score': [
    'science',
    '提高科技型中小企业评价得分（需达到60分且科技人员指标不为0分）',
    'Raise the tech-SME score (60 points, S&T staff not 0)',
    '补充评分所需数据',
    'Give the data the score needs',
  ],
}
