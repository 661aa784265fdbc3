/**
 * Plot's colour scheme tables (scales/schemes.js), cut to the schemes Downhill draws with: cividis
 * (heatmaps and the 3D surface), RdBu (class probabilities) and Plot's own defaults (turbo for an
 * ordered scale, observable10 for categories). Plot's tables name every d3 ramp, so each of them,
 * or its stand-in, rode along on every page.
 *
 * The answers for the kept schemes are Plot's own; the questions Plot asks of any name (is it
 * categorical, is it diverging) are answered for every scheme Plot knows, so a left-out one is
 * classified as before and then fails by name when its colours are asked for.
 */
import { quantize } from 'd3-interpolate';
import { interpolateCividis, interpolateRdBu, interpolateTurbo, schemeObservable10, schemeRdBu } from 'd3-scale-chromatic';

const CATEGORICAL = ['accent', 'category10', 'dark2', 'observable10', 'paired', 'pastel1', 'pastel2', 'set1', 'set2', 'set3', 'tableau10'];
const DIVERGING = ['brbg', 'prgn', 'piyg', 'puor', 'rdbu', 'rdgy', 'rdylbu', 'rdylgn', 'spectral', 'burd', 'buylrd'];
const SEQUENTIAL = [
  'blues', 'greens', 'greys', 'oranges', 'purples', 'reds', 'turbo', 'viridis', 'magma', 'inferno', 'plasma', 'cividis',
  'cubehelix', 'warm', 'cool', 'bugn', 'bupu', 'gnbu', 'orrd', 'pubu', 'pubugn', 'purd', 'rdpu', 'ylgn', 'ylgnbu',
  'ylorbr', 'ylorrd', 'rainbow', 'sinebow',
];
const KNOWN = new Set([...CATEGORICAL, ...DIVERGING, ...SEQUENTIAL]);
const categorical = new Set(CATEGORICAL);
const diverging = new Set(DIVERGING);

const sampled = (interpolate) => ({ length: n }) => quantize(interpolate, Math.max(2, Math.floor(n)));

/** As Plot's scheme11: d3's hand-picked lists up to eleven colours, sampled beyond. */
const elevenOf = (scheme, interpolate, reversed) => ({ length: n }) => {
  if (n === 2) return reversed ? [scheme[3][2], scheme[3][0]] : [scheme[3][0], scheme[3][2]];
  n = Math.max(3, Math.floor(n));
  if (n > 11) return quantize(reversed ? (t) => interpolate(1 - t) : interpolate, n);
  return reversed ? scheme[n].slice().reverse() : scheme[n];
};

const ordinalSchemes = new Map([
  ['observable10', schemeObservable10],
  ['rdbu', elevenOf(schemeRdBu, interpolateRdBu, false)],
  ['burd', elevenOf(schemeRdBu, interpolateRdBu, true)],
  ['turbo', sampled(interpolateTurbo)],
  ['cividis', sampled(interpolateCividis)],
]);

const quantitativeSchemes = new Map([
  ['rdbu', interpolateRdBu],
  ['burd', (t) => interpolateRdBu(1 - t)],
  ['turbo', interpolateTurbo],
  ['cividis', interpolateCividis],
]);

function lookUp(table, scheme, kind) {
  const s = `${scheme}`.toLowerCase();
  const found = table.get(s);
  if (found) return found;
  if (KNOWN.has(s)) {
    throw new Error(
      `Plot's ${s} colour scheme is left out of Downhill's build to keep pages small; ` +
        'add it to src/lib/slim-plot/plot-schemes.mjs (and export it from d3-scale-chromatic.mjs there) to use it.',
    );
  }
  throw new Error(`unknown ${kind} scheme: ${s}`);
}

export function isCategoricalScheme(scheme) {
  return scheme != null && categorical.has(`${scheme}`.toLowerCase());
}

export function isDivergingScheme(scheme) {
  return scheme != null && diverging.has(`${scheme}`.toLowerCase());
}

export function ordinalScheme(scheme) {
  return lookUp(ordinalSchemes, scheme, 'ordinal');
}

export function ordinalRange(scheme, length) {
  const s = ordinalScheme(scheme);
  const r = typeof s === 'function' ? s({ length }) : s;
  return r.length !== length ? r.slice(0, length) : r;
}

/** A domain of booleans only maps false and true to a scheme's two ends (else undefined). */
export function maybeBooleanRange(domain, scheme = 'greys') {
  const range = new Set();
  const [f, t] = ordinalRange(scheme, 2);
  for (const value of domain) {
    if (value == null) continue;
    if (value === true) range.add(t);
    else if (value === false) range.add(f);
    else return;
  }
  return [...range];
}

export function quantitativeScheme(scheme) {
  return lookUp(quantitativeSchemes, scheme, 'quantitative');
}
