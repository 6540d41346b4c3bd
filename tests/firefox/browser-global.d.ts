// Code passed to page.evaluate() runs inside Firefox's extension pages, where the `browser`
// global exists, including the MV2 names Chrome's typings leave out.
declare const browser: typeof import('wxt/browser').browser & {
  browserAction: typeof import('wxt/browser').browser.action;
};
