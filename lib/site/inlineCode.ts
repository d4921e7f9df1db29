// The only inline code Broadside writes into pages. Each is the same text on
// every page, so the Content-Security-Policy allows it by hash.

export const STORAGE_PREFIX = "broadside:";
export const DISMISSED_PREFIX = `${STORAGE_PREFIX}dismissed:`;
export const SNOOZE_KEY = `${STORAGE_PREFIX}support-snoozed-until`;

/**
 * Runs in <head> before the first paint: marks <html> with what the reader
 * dismissed or snoozed (kept in localStorage by src/assets/site.js), so CSS hides
 * those parts at once and nothing appears and then jumps away.
 */
export const HEAD_SCRIPT =
  `(function(d){try{var s=window.localStorage,h=[],p=${JSON.stringify(DISMISSED_PREFIX)};` +
  `for(var i=0;i<s.length;i++){var k=s.key(i);if(k&&k.indexOf(p)===0)h.push("notice:"+k.slice(p.length));}` +
  `if(Number(s.getItem(${JSON.stringify(SNOOZE_KEY)}))>Date.now())h.push("support-us");` +
  `d.documentElement.setAttribute("data-hidden",h.join(" "));}catch(e){}})(document);`;

/** The lite edition's whole stylesheet: small enough to send with every page. */
export const LITE_STYLE =
  "body{max-width:40rem;margin:0 auto;padding:1rem;font:1.05rem/1.6 Georgia,serif;color:#111;background:#fff}" +
  "a{color:#a4161a}h1{font-size:1.6rem;line-height:1.2}.meta{color:#555;font:.9rem/1.4 sans-serif}" +
  "blockquote{border-left:3px solid #a4161a;margin-left:0;padding-left:1rem}";
