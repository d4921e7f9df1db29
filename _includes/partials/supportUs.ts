// The shared support-us prompt, used on every article page (and the support page).
// It is a plain GET form: without JavaScript, choosing a frequency and an amount and
// pressing Continue takes the reader to the checkout with `frequency` and
// `amount_<frequency>`. CSS shows the amounts of the chosen frequency; the script
// only trims the other amounts from the URL and offers "Remind me later".
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { SiteSettings, SupportSettings } from "../../lib/site/settings.ts";
import type { Labels } from "../../lib/site/labels.ts";

type Frequency = SupportSettings["frequencies"][number];

export function supportUs(site: SiteSettings, support: SupportSettings): SafeHtml {
  const { labels } = site;
  // Amounts the language's way: `€25` in English, `25 €` in Russian.
  const money = new Intl.NumberFormat(site.language, { style: "currency", currency: support.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return html`<section class="support-us" id="support-us" aria-labelledby="support-us-heading" data-remind-days="${support.remindLaterDays}">
  <h2 id="support-us-heading">${labels.text("supportHeading", { site: site.name })}</h2>
  ${support.appeal.map((paragraph) => html`<p>${paragraph}</p>`)}
  <form class="support-form" action="${support.checkoutUrl}" method="get">
    <fieldset class="support-form__frequency">
      <legend>${labels.text("supportFrequency")}</legend>
      ${support.frequencies.map((f) => frequencyChoice(f, f.id === support.defaultFrequency))}
    </fieldset>
    ${support.frequencies.map((f) => amountChoices(f, money, labels, site.language))}
    <button type="submit" class="support-form__continue">${labels.text("supportContinue")}</button>
  </form>
  <p class="support-us__methods">${labels.text("supportMethods", { methods: support.paymentMethods.join(", ") })}</p>
  <p class="support-us__later" hidden>${labels.text("supportNotReady")} <button type="button" class="support-us__remind" data-remind-later>${labels.text("supportRemindLater")}</button></p>
</section>`;
}

function frequencyChoice(frequency: Frequency, checked: boolean): SafeHtml {
  const id = `support-frequency-${frequency.id}`;
  return html`<input type="radio" name="frequency" id="${id}" value="${frequency.id}"${checked ? html` checked` : ""}><label for="${id}">${frequency.label}</label>`;
}

function amountChoices(frequency: Frequency, money: Intl.NumberFormat, labels: Labels, language: string): SafeHtml {
  return html`<fieldset class="support-form__amounts" data-frequency="${frequency.id}">
      <legend>${labels.text("supportAmount", { frequency: frequency.label.toLocaleLowerCase(language) })}</legend>
      ${frequency.amounts.map((amount) => {
        const id = `support-amount-${frequency.id}-${amount}`;
        return html`<input type="radio" name="amount_${frequency.id}" id="${id}" value="${amount}"${
          amount === frequency.defaultAmount ? html` checked` : ""
        }><label for="${id}">${money.format(amount)}</label>`;
      })}
    </fieldset>`;
}
