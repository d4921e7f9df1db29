// What the reader dismissed or snoozed lives in localStorage. This script runs in
// <head>, before the first paint, and marks <html> so CSS hides those parts at
// once: nothing appears and then jumps away. The same text on every page.
import { raw, type SafeHtml } from "../../lib/render/html.ts";

export const STORAGE_PREFIX = "broadside:";
export const DISMISSED_PREFIX = `${STORAGE_PREFIX}dismissed:`;
export const SNOOZE_KEY = `${STORAGE_PREFIX}support-snoozed-until`;

const script = `(function(d){try{var s=window.localStorage,h=[],p=${JSON.stringify(DISMISSED_PREFIX)};` +
  `for(var i=0;i<s.length;i++){var k=s.key(i);if(k&&k.indexOf(p)===0)h.push("notice:"+k.slice(p.length));}` +
  `if(Number(s.getItem(${JSON.stringify(SNOOZE_KEY)}))>Date.now())h.push("support-us");` +
  `d.documentElement.setAttribute("data-hidden",h.join(" "));}catch(e){}})(document);`;

export function clientStateScript(): SafeHtml {
  return raw(`<script>${script}</script>`);
}
