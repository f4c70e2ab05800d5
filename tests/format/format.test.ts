import { describe, expect, it } from 'vitest'
import {
  date,
  days,
  money,
  moneyGap,
  percent,
  percentPoints,
  personsText,
  plain,
  points,
  pointsRange,
  wanNumber,
} from '../../src/format'

describe('money', () => {
  it('shows 1 万元 and more in 万元 with two decimals, half-up, grouped', () => {
    expect(money(266_000, 'zh-CN')).toBe('26.60 万元')
    expect(money(10_000, 'zh-CN')).toBe('1.00 万元')
    // 12,345,678.90 yuan = 1,234.56789 万元 → 1,234.57
    expect(money(12_345_678.9, 'zh-CN')).toBe('1,234.57 万元')
    // 12,345 yuan = 1.2345 万元: half-up at the second decimal gives 1.23
    expect(money(12_345, 'zh-CN')).toBe('1.23 万元')
    expect(money(12_350, 'zh-CN')).toBe('1.24 万元')
  })

  it('shows a non-zero amount under 1 万元 in 元, so 60 元 never reads 0.01 万元', () => {
    expect(money(60, 'zh-CN')).toBe('60.00 元')
    expect(money(0.01, 'zh-CN')).toBe('0.01 元')
    expect(money(9_999.99, 'zh-CN')).toBe('9,999.99 元')
    expect(money(-5_000, 'zh-CN')).toBe('-5,000.00 元')
    expect(money(0, 'zh-CN')).toBe('0.00 万元')
  })

  it('shows English readers CNY to the fen', () => {
    expect(money(266_000, 'en')).toBe('CNY 266,000.00')
    expect(money(0.1 + 0.2, 'en')).toBe('CNY 0.30')
    expect(money(60, 'en')).toBe('CNY 60.00')
  })

  it('rounds a gap up, so closing the stated gap is enough', () => {
    // 12,301 yuan short = 1.2301 万元: 1.23 万元 would leave 1 元 missing
    expect(moneyGap(12_301, 'zh-CN')).toBe('1.24 万元')
    expect(moneyGap(60, 'zh-CN')).toBe('60.00 元')
    expect(moneyGap(1_000_000, 'zh-CN')).toBe('100.00 万元')
  })

  it('rounds away from a threshold: 299.995 万元 beside a 300 万元 ceiling reads 299.99, not 300.00', () => {
    expect(money(2_999_950, 'zh-CN', { against: 3_000_000 })).toBe('299.99 万元')
    expect(money(3_000_001, 'zh-CN', { against: 3_000_000 })).toBe('300.01 万元')
    expect(money(3_000_000, 'zh-CN', { against: 3_000_000 })).toBe('300.00 万元')
  })

  it('says "at least" or "at most" for a bound', () => {
    expect(money(500_000, 'zh-CN', { bound: 'at-least' })).toBe('至少 50.00 万元')
    expect(money(500_000, 'en', { bound: 'at-most' })).toBe('at most CNY 500,000.00')
  })

  it('gives bare 万元 numbers for spreadsheet cells', () => {
    expect(wanNumber(12_345_678.9)).toBe(1234.56789)
    expect(wanNumber(60)).toBe(0.006)
  })
})

describe('percent', () => {
  it('floors to two decimals: R&D 49.99万 on 1,000万 sales is 4.99%, never 5.00%', () => {
    // 499,900 / 10,000,000 = 0.04999 = 4.999%
    expect(percent(499_900 / 10_000_000, 'zh-CN')).toBe('4.99%')
    expect(percent(0.05, 'zh-CN')).toBe('5.00%')
    // 0.29 × 100 is 28.999999999999996 in floats; the figure is 29% exactly
    expect(percent(0.29, 'zh-CN')).toBe('29.00%')
    expect(percent(0.07, 'zh-CN')).toBe('7.00%')
  })

  it('beside a ≥ threshold: one fen short stays below it, exactly at it reads equal', () => {
    // 1,499,999.99 of 30,000,000 = 4.99999996…%: floored to 4.99%
    expect(percent(1_499_999.99 / 30_000_000, 'zh-CN', { against: 0.05 })).toBe('4.99%')
    expect(percent(1_500_000 / 30_000_000, 'zh-CN', { against: 0.05 })).toBe('5.00%')
  })

  it('beside a ≤ threshold: just over it reads over it', () => {
    // 60.001% against a 60% ceiling: ceiled to 60.01%
    expect(percent(0.60001, 'zh-CN', { against: 0.6 })).toBe('60.01%')
    expect(percent(0.59999, 'zh-CN', { against: 0.6 })).toBe('59.99%')
  })

  it('shows more digits when the threshold has them (1/3 is not 33.33%)', () => {
    // threshold 12.345%: value 12.344% must read below it
    expect(percent(0.12344, 'zh-CN', { against: 0.12345 })).toBe('12.344%')
    expect(percent(0.12345, 'zh-CN', { beside: 0.12344 })).toBe('12.345%')
    expect(percent(0.05, 'zh-CN', { beside: 0.04999 })).toBe('5.00%')
  })

  it('gives gaps in percentage points, rounded up', () => {
    // a 0.0123 gap in the ratio = 1.23 points; 0.012301 → 1.2301 → 1.24
    expect(percentPoints(0.0123, 'zh-CN')).toBe('1.23 个百分点')
    expect(percentPoints(0.012301, 'en')).toBe('1.24 percentage points')
  })
})

describe('persons, days, points and dates', () => {
  it('shows averages with up to two decimals and English singulars', () => {
    expect(personsText(12.5, 'zh-CN')).toBe('12.5 人')
    expect(personsText(1, 'en')).toBe('1 person')
    expect(personsText(30, 'en')).toBe('30 persons')
    expect(days(1, 'en')).toBe('1 day')
    expect(points(71, 'zh-CN')).toBe('71 分')
    expect(points(1, 'en')).toBe('1 point')
    expect(plain(1234.5)).toBe('1,234.5')
  })

  it('rounds a head count away from a limit', () => {
    // 500.004 persons (never typed, but averaged) beside a ≤ 500 limit
    expect(personsText(500.004, 'zh-CN', { against: 500 })).toBe('500.01 人')
  })

  it('writes calendar dates without a time zone shift', () => {
    expect(date('2026-11-30', 'zh-CN')).toBe('2026年11月30日')
    expect(date('2026-01-01', 'en')).toBe('1 January 2026')
  })
})

describe('pointsRange (issue #8 §7: a score known as a range is shown as one)', () => {
  it('gives both ends, or one value when they meet', () => {
    expect(pointsRange(4, 70, 'zh-CN')).toBe('4–70 分')
    expect(pointsRange(58, 84, 'en')).toBe('58–84 points')
    expect(pointsRange(71, 71, 'zh-CN')).toBe('71 分')
    expect(pointsRange(1, 1, 'en')).toBe('1 point')
  })

  it('rounds the ends outward, so the range shown holds the true one', () => {
    // 4.005 floors to 4; 70.001 ceils to 70.01
    expect(pointsRange(4.005, 70.001, 'zh-CN')).toBe('4–70.01 分')
  })
})
