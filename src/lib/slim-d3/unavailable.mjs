/**
 * A stand-in for a d3 export that Downhill's client build leaves out. Plot imports every
 * projection, colour scheme and Delaunay helper at module level, so they ship on every page
 * whether a chart uses them or not; the stand-in keeps the import valid and, if a chart ever
 * does reach for one, fails loudly with the way to put it back.
 */
export function unavailable(name) {
  const fail = () => {
    throw new Error(
      `d3's ${name} is left out of Downhill's build to keep pages small; ` +
        `export the real one from src/lib/slim-d3/ to use it.`,
    );
  };
  // Projections are called as functions; Delaunay is used through its static `from`.
  fail.from = fail;
  return fail;
}
