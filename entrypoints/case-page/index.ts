import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchCasePage } from './watch';

// The case-page script. It is in no manifest: the extension registers it at run time
// (scripting.registerContentScripts), only for the case-system sites the practitioner or
// organisation has enabled. An unlisted script rather than a WXT content script keeps it
// small: it needs none of WXT's content-script helpers.
export default defineUnlistedScript(() => {
  watchCasePage();
});
