// Every smoke test also checks, on every page it visits, that nothing is logged
// as an error and that no request leaves the site's origin.
import { test as base, expect, type Page } from "@playwright/test";

export const CHECKOUT_ORIGIN = "https://give.ostrov-dispatch.example";

interface Watch {
  /** Origins a test deliberately navigates to (the checkout). */
  allowOrigins: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const siteOrigin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      const watch: Watch = { allowOrigins: [] };
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on("request", (request) => {
        const origin = new URL(request.url()).origin;
        if (origin !== siteOrigin && !watch.allowOrigins.includes(origin) && !request.url().startsWith("data:")) {
          foreign.push(request.url());
        }
      });
      await use(watch);
      // A 404 page logs the failed load of the page itself; that is the point of that test.
      expect(errors.filter((e) => !/status of 404/.test(e)), "console errors").toEqual([]);
      expect(foreign, "requests to other origins").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The checkout lives on the payment provider's domain; answer for it so no request leaves the machine. */
export async function stubCheckout(page: Page, watch: Watch): Promise<void> {
  watch.allowOrigins.push(CHECKOUT_ORIGIN);
  await page.context().route(`${CHECKOUT_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Checkout</title><h1>Checkout</h1>" }),
  );
}
