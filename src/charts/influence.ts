/**
 * How hard one residual pulls on the fit under each loss: the derivative of the loss of one
 * residual, ψ(r). Squared error pulls in proportion (2r, without limit), absolute error with a
 * constant force (sign r), Huber in proportion up to δ and constantly beyond.
 */
import * as Plot from '@observablehq/plot';

export function influenceOptions(delta: number, range = 6): Plot.PlotOptions {
  const rs = Array.from({ length: 241 }, (_, i) => -range + (2 * range * i) / 240);
  const rows = rs.flatMap((r) => [
    { r, psi: 2 * r, loss: 'MSE' },
    { r, psi: Math.sign(r), loss: 'MAE' },
    { r, psi: Math.max(-delta, Math.min(delta, r)), loss: 'Huber' },
  ]);
  const styles: Record<string, { stroke: string; dash?: string }> = {
    MSE: { stroke: 'var(--c-bad)' },
    MAE: { stroke: 'var(--c-data)', dash: '2 3' },
    Huber: { stroke: 'var(--c-model)', dash: '6 3' },
  };
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: 'var(--rule)' }), Plot.ruleX([0], { stroke: 'var(--rule)' })];
  for (const name of ['MSE', 'MAE', 'Huber']) {
    const data = rows.filter((d) => d.loss === name);
    const s = styles[name]!;
    marks.push(Plot.line(data, { x: 'r', y: 'psi', stroke: s.stroke, strokeWidth: 2, ...(s.dash ? { strokeDasharray: s.dash } : {}), clip: true }));
    const end = data.at(-1)!;
    // MAE and Huber end at the same height when δ = 1: set their labels above and below.
    const dy = name === 'MAE' ? -8 : name === 'Huber' ? 9 : 0;
    marks.push(Plot.text([end], { x: 'r', y: (d: { psi: number }) => Math.min(d.psi, 6.5), text: () => name, dx: 6, dy, textAnchor: 'start', fill: s.stroke }));
  }
  if (Number.isFinite(delta) && delta < range) marks.push(Plot.ruleX([-delta, delta], { stroke: 'var(--fg-muted)', strokeDasharray: '3 3' }));
  return {
    x: { domain: [-range, range], label: 'residual r = ŷ − y', grid: true },
    y: { domain: [-7, 7], label: 'pull ψ(r)', grid: true },
    style: { fontSize: '12px', overflow: 'visible' },
    marginRight: 50,
    marks,
  };
}
