// pdfmake's layout classes, which its typings leave out; hyphenate.ts checks at run time what it uses.
declare module 'pdfmake/js/LayoutBuilder' {
  const module: unknown;
  export default module;
}
declare module 'pdfmake/js/TextInlines' {
  const module: unknown;
  export default module;
}
