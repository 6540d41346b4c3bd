// Code passed to page.evaluate() runs inside extension pages, where the `chrome` global exists.
declare const chrome: typeof import('wxt/browser').browser;
