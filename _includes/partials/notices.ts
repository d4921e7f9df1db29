// Site-wide notices from _data/notices.json: the ad-free note and the appeal.
// Each can be dismissed with ×; the × appears only when JavaScript can remember it.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { Notice } from "../../lib/site/settings.ts";

export function notices(list: readonly Notice[]): SafeHtml {
  if (list.length === 0) return html``;
  return html`<div class="notices">${list.map(notice)}</div>`;
}

function notice(item: Notice): SafeHtml {
  return html`<aside class="notice notice--${item.tone}" data-notice="${item.id}" aria-label="${item.title ?? "Notice"}">
  <div class="notice__text">${item.title ? html`<strong class="notice__title">${item.title}</strong> ` : ""}${item.text}${
    item.link ? html` <a class="notice__link" href="${item.link.url}">${item.link.label}</a>` : ""
  }</div>
  <button type="button" class="notice__dismiss" data-dismiss="${item.id}" aria-label="Dismiss this notice" hidden>×</button>
</aside>`;
}
