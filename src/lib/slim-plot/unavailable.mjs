/**
 * A stand-in for a d3 or Plot export that Downhill's client build leaves out. Plot imports every
 * projection, colour scheme, Delaunay helper, tooltip and legend at module level, so they ship on
 * every page whether a chart uses them or not; the stand-in keeps the import valid and, if a chart
 * ever does reach for one, fails loudly with the way to put it back.
 *
 * Marked free of side effects, so that a stand-in nothing imports is dropped from the bundle with
 * its call (else each of the ~240 would stay as a bare call).
 */
export /*#__NO_SIDE_EFFECTS__*/ function unavailable(name, owner = 'd3') {
  const fail = () => {
    throw new Error(
      `${owner}'s ${name} is left out of Downhill's build to keep pages small; ` +
        (owner === 'd3'
          ? `export the real one from src/lib/slim-plot/ to use it.`
          : `remove its stand-in from PLOT_STAND_INS in src/lib/slim-plot/plugin.mjs to use it.`),
    );
  };
  // Projections are called as functions; Delaunay is used through its static `from`.
  fail.from = fail;
  return fail;
}
