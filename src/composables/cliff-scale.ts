// Plot geometry shared by the cliff charts: linear scales from data to a fixed SVG viewBox, and a polyline.
import type { Point } from '@/planner'

export const PLOT = { width: 640, height: 280, left: 64, right: 24, top: 20, bottom: 48 } as const

export interface Scale {
  x(v: number): number
  y(v: number): number
}

export function scale(xMax: number, yMax: number): Scale {
  const w = PLOT.width - PLOT.left - PLOT.right
  const h = PLOT.height - PLOT.top - PLOT.bottom
  return {
    x: (v) => PLOT.left + (xMax > 0 ? (v / xMax) * w : 0),
    y: (v) => PLOT.top + h - (yMax > 0 ? (v / yMax) * h : 0),
  }
}

export const polyline = (points: readonly Point[], s: Scale): string =>
  points.map((p) => `${s.x(p.x).toFixed(1)},${s.y(p.y).toFixed(1)}`).join(' ')

/** yuan as 万元 text for tick labels (no decimals beyond what is needed) */
export const wanLabel = (yuan: number): string => String(Math.round(yuan / 100) / 100)
