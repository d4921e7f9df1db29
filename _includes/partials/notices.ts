// Site-wide notices from _data/notices.json: the ad-free note and the appeal.
// Each can be dismissed with ×; the × appears only when JavaScript can remember it.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { Notice } from "../../lib/site/settings.ts";
import type { Labels } from "../../lib/site/labels.ts";

export function notices(list: readonly Notice[], labels: Labels): SafeHtml {
  if (list.length === 0) return html``;
  return html`<div class="notices">${list.map((item) => notice(item, labels))}</div>`;
}

// Without JavaScript (Tor Browser's safest level) the × is a label for a checkbox
// placed before the notice, and CSS hides a notice whose box is ticked: closed for
// this page. Where the script can remember a dismissal, its button takes over.
function notice(item: Notice, labels: Labels): SafeHtml {
  const closer = `notice-closed-${item.id}`;
  return html`<input type="checkbox" class="notice__closed" id="${closer}" aria-label="${labels.text("noticeCloseOnPage")}">
<aside class="notice notice--${item.tone}" data-notice="${item.id}" aria-label="${item.title ?? labels.text("notice")}">
  <div class="notice__text">${item.title ? html`<strong class="notice__title">${item.title}</strong> ` : ""}${item.text}${
    item.link ? html` <a class="notice__link" href="${item.link.url}">${item.link.label}</a>` : ""
  }</div>
  <label class="notice__close" for="${closer}" title="${labels.text("noticeClose")}" aria-hidden="true">×</label>
  <button type="button" class="notice__dismiss" data-dismiss="${item.id}" aria-label="${labels.text("noticeDismiss")}" hidden>×</button>
</aside>`;
}
