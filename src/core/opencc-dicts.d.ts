/** opencc-js's dictionary modules (package exports "./*"), which ship without type declarations. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
