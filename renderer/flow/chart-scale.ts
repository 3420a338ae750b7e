/**
 * Round axis ends and ticks for the flow charts: the top of the axis is the next 1, 2 or 5 times
 * a power of ten above the largest value, with four or five ticks, so a chart reads at a glance.
 */
export type AxisScale = { max: number; ticks: number[] };

export function niceScale(largest: number): AxisScale {
  if (!(largest > 0) || !Number.isFinite(largest)) return { max: 1, ticks: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [0.2, 0.25, 0.5, 1, 2].map((factor) => factor * power).find((candidate) => largest / candidate <= 5) ?? 2 * power;
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1e9) / 1e9);
  return { max, ticks };
}
