// fontverter (a dependency of subset-font) ships no types; the test uses its one conversion.
declare module 'fontverter' {
  type Format = 'truetype' | 'sfnt' | 'woff' | 'woff2';
  const fontverter: {
    convert(font: Uint8Array, to: Format, from?: Format): Promise<Buffer>;
  };
  export default fontverter;
}
