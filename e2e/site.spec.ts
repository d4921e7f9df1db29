import { CHECKOUT_ORIGIN, expect, stubCheckout, test } from "./fixtures.ts";

const LEAD_HEADLINE = ".lead-story .story__title a";

test("home leads to an article that reads in full", async ({ page }) => {
  await page.goto("/");
  const headline = (await page.locator(LEAD_HEADLINE).textContent())?.trim() ?? "";
  expect(headline).not.toBe("");
  await page.locator(LEAD_HEADLINE).click();

  await expect(page).toHaveURL(/\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
  await expect(page.locator("h1")).toHaveText(headline);
  await expect(page.locator(".article .kicker a")).toBeVisible();
  await expect(page.locator(".article .byline")).toContainText("By ");
  await expect(page.locator(".article .dateline time")).toHaveAttribute("datetime", /\+03:00$/);
  const image = page.locator(".article__image img");
  await expect(image).toHaveAttribute("alt", /.+/);
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.locator(".article__image figcaption")).not.toBeEmpty();
  await expect(page.locator(".article__body p").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "A message from Ostrov Dispatch" })).toBeVisible();
  const readMore = page.locator(".read-more .story__title a");
  await expect(readMore).toHaveCount(4);
  expect(await readMore.allTextContents()).not.toContain(headline);
});

test("an article links to its tag page, and the tag page back to it", async ({ page }) => {
  await page.goto("/");
  await page.locator(LEAD_HEADLINE).click();
  const articleUrl = page.url();
  const headline = await page.locator("h1").textContent();
  const kicker = page.locator(".article .kicker a");
  const tagName = (await kicker.textContent()) ?? "";
  await kicker.click();

  await expect(page).toHaveURL(/\/tags\/[a-z0-9-]+\/$/);
  await expect(page.locator("h1")).toContainText(tagName);
  const link = page.locator(".story__title a", { hasText: headline ?? "" });
  await expect(link).toBeVisible();
  await link.click();
  expect(page.url()).toBe(articleUrl);
});

test("the archive pages through every article, newest first, on pages numbered from the oldest", async ({ page }) => {
  await page.goto("/archive/");
  const first = page.locator(".story-list .story__title a");
  await expect(first).toHaveCount(20);
  const dates = await page.locator(".story-list time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect([...dates].sort().reverse()).toEqual(dates);

  // Pages are numbered from the oldest, so a page's articles never change: page 1 is the oldest 20.
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/archive\/page\/1\/$/);
  await expect(page.locator("h1")).toHaveText(/Archive, page 1$/);
  const olderDates = await page.locator(".story-list time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(olderDates).toHaveLength(20);
  expect([...olderDates].sort().reverse()).toEqual(olderDates);
  expect(olderDates[olderDates.length - 1]! < dates[dates.length - 1]!).toBe(true);

  await page.getByRole("link", { name: "← Newer" }).click();
  await expect(page).toHaveURL(/\/archive\/$/);
});

test("a big tag pages too", async ({ page }) => {
  await page.goto("/tags/");
  const politics = page.locator(".tag-index a", { hasText: /^Politics$/ });
  await politics.click();
  await expect(page.locator(".story-list .story__title a")).toHaveCount(20);
  await page.locator(".pagination").getByRole("link", { name: "1", exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/politics\/page\/1\/$/);
  await expect(page.locator(".story-list .story__title a").first()).toBeVisible();
});

test("the feed is served, parses as RSS, and lists the newest article first", async ({ page, request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  // The newest article heads the archive (the front page leads with the editors' top story, which may be older).
  await page.goto("/archive/");
  const lead = (await page.locator(".story-list .story__title a").first().textContent())?.trim();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror")?.textContent };
    const items = [...doc.querySelectorAll("item")];
    return {
      error: null,
      titles: items.map((i) => i.querySelector("title")?.textContent ?? ""),
      dates: items.map((i) => Date.parse(i.querySelector("pubDate")?.textContent ?? "")),
      links: items.map((i) => i.querySelector("link")?.textContent ?? ""),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.titles?.[0]).toBe(lead);
  expect(feed.dates?.every((d, i, all) => !Number.isNaN(d) && (i === 0 || all[i - 1]! >= d))).toBe(true);
  expect(feed.links?.every((l) => l.startsWith("https://ostrov-dispatch.example/"))).toBe(true);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", "/feed.xml");
});

test.describe("support-us prompt", () => {
  test("Annual, then Continue, goes to the checkout with that frequency and amount", async ({ page, watch }) => {
    await stubCheckout(page, watch);
    await page.goto("/");
    await page.locator(LEAD_HEADLINE).click();
    const prompt = page.locator(".support-us");
    await expect(prompt.getByLabel("Monthly")).toBeChecked();
    await prompt.getByText("Annual", { exact: true }).click();
    await expect(prompt.getByLabel("Annual")).toBeChecked();
    await prompt.getByRole("button", { name: "Continue" }).click();

    await expect(page).toHaveURL(new RegExp(`^${CHECKOUT_ORIGIN}/checkout\\?`));
    const url = new URL(page.url());
    expect(url.searchParams.get("frequency")).toBe("annual");
    expect(url.searchParams.get("amount_annual")).toBe("100");
    expect(url.searchParams.has("amount_monthly")).toBe(false);
  });

  test("Remind me later hides it on every page until the snooze runs out", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-27T10:00:00Z") });
    await page.goto("/");
    await page.locator(LEAD_HEADLINE).click();
    const prompt = page.locator(".support-us");
    await expect(prompt).toBeVisible();
    await prompt.getByRole("button", { name: "Remind me later." }).click();
    await expect(prompt).toBeHidden();

    await page.reload();
    await expect(page.locator(".support-us")).toBeHidden();
    await page.locator(".read-more .story__title a").first().click();
    await expect(page.locator(".support-us")).toBeHidden();

    // The sample snoozes for 7 days: still hidden after 6, back after 8.
    await page.clock.setSystemTime(new Date("2026-12-03T10:00:00Z"));
    await page.reload();
    await expect(page.locator(".support-us")).toBeHidden();
    await page.clock.setSystemTime(new Date("2026-12-05T10:00:00Z"));
    await page.reload();
    await expect(page.locator(".support-us")).toBeVisible();
  });
});

test("a dismissed notice stays dismissed, and moves nothing when the page loads", async ({ page }) => {
  await page.goto("/");
  const adFree = page.locator('[data-notice="ad-free-2026"]');
  const appeal = page.locator('[data-notice="banned-appeal-2026"]');
  await expect(adFree).toContainText("funded by readers");
  await expect(adFree.getByRole("link", { name: "Support us" })).toBeVisible();
  await expect(appeal).toContainText("banned at home");
  await adFree.getByRole("button", { name: "Dismiss this notice" }).click();
  await expect(adFree).toBeHidden();

  await page.reload();
  await expect(adFree).toBeHidden();
  await expect(appeal).toBeVisible();
  await page.goto("/archive/");
  await expect(page.locator('[data-notice="ad-free-2026"]')).toBeHidden();

  // The head script hides it before the first paint: no layout shift.
  await page.locator(LEAD_HEADLINE).or(page.locator(".story__title a").first()).first().click();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article reads, and the support form still submits", async ({ page, watch }) => {
    await stubCheckout(page, watch);
    await page.goto("/");
    await page.locator(LEAD_HEADLINE).click();
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator(".article__body p").first()).toBeVisible();
    // Nothing is offered that needs a script to work.
    await expect(page.locator(".notice__dismiss").first()).toBeHidden();
    await expect(page.getByRole("button", { name: "Remind me later." })).toBeHidden();
    // The notices can still be closed, for this page.
    const appeal = page.locator('[data-notice="banned-appeal-2026"]');
    await expect(appeal).toBeVisible();
    await appeal.locator(".notice__close").click();
    await expect(appeal).toBeHidden();
    await expect(page.locator('[data-notice="ad-free-2026"]')).toBeVisible();

    const prompt = page.locator(".support-us");
    await prompt.getByText("Annual", { exact: true }).click();
    await expect(prompt.locator('[data-frequency="annual"]')).toBeVisible();
    await expect(prompt.locator('[data-frequency="monthly"]')).toBeHidden();
    await prompt.getByText("€200", { exact: true }).click();
    await prompt.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(new RegExp(`^${CHECKOUT_ORIGIN}/checkout\\?`));
    const url = new URL(page.url());
    expect(url.searchParams.get("frequency")).toBe("annual");
    expect(url.searchParams.get("amount_annual")).toBe("200");
  });
});

test("an unknown address gets the 404 page", async ({ page }) => {
  const response = await page.goto("/2026/01/01/no-such-story/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await page.getByRole("link", { name: "Go to the front page" }).click();
  await expect(page.locator(LEAD_HEADLINE)).toBeVisible();
});

test("an article's old URL leads to the article, even on a host without redirects", async ({ page }) => {
  await page.goto("/2026/11/25/ust-lomna-port-strike/");
  await expect(page).toHaveURL(/\/2026\/11\/25\/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week\/$/);
  await expect(page.locator("h1")).toContainText("Dock workers’ strike");
});

test.describe("search", () => {
  test("finds an article by a word from its body, and links to it", async ({ page }) => {
    await page.goto("/search/");
    await page.getByLabel("Search all articles").fill("fertiliser");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.locator(".search-status")).toHaveText("1 article matches “fertiliser”.");
    const first = page.locator(".search-results a").first();
    await expect(first).toHaveText("Dock workers’ strike at Ust-Lomna river port enters its second week");
    await expect(page.locator(".search-results mark").first()).toHaveText(/fertiliser/i);
    // Topic and date beside the headline, as in the lists.
    await expect(page.locator(".search-results__meta").first()).toHaveText("Economy · 25 November 2026, 11:15");
    expect(new URL(page.url()).searchParams.get("q")).toBe("fertiliser");
    await first.click();
    await expect(page.locator("h1")).toContainText("Dock workers’ strike");
  });

  test("finds articles from earlier years of the archive", async ({ page }) => {
    await page.goto("/search/?q=typewriter");
    await expect(page.locator(".search-status")).toHaveText("2 articles match “typewriter”.");
    const links = page.locator(".search-results a");
    await expect(links).toHaveCount(2);
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort()).toEqual([
      "/2024/11/18/the-last-night-in-the-old-office/",
      "/2025/11/20/a-year-of-publishing-from-abroad-what-our-readers-told-us/",
    ]);
  });

  test("leaves the dateline out of the text it searches and quotes", async ({ page }) => {
    await page.goto("/search/?q=Moscow"); // in every dateline ("Moscow time"), in no article's text
    await expect(page.locator(".search-status")).toHaveText("No articles match “Moscow”.");
  });

  test("searches by author and leaves the support-us prompt and notices out of the index", async ({ page }) => {
    await page.goto("/search/?q=Ilyasov");
    await expect(page.locator(".search-results li").first()).toBeVisible();
    await page.goto("/search/?q=undesirable"); // only in the support-us appeal
    await expect(page.locator(".search-status")).toHaveText("No articles match “undesirable”.");
    await page.goto("/search/?q=unbowed"); // only in the "banned at home" notice
    await expect(page.locator(".search-status")).toHaveText("No articles match “unbowed”.");
  });
});

test.describe("the Russian edition", () => {
  test("searches its own articles, in Russian, and answers in Russian", async ({ page }) => {
    await page.goto("/ru/search/");
    await page.getByLabel("Искать по всем материалам").fill("докеров");
    await page.getByRole("button", { name: "Поиск" }).click();
    await expect(page.locator(".search-status")).toHaveText("По запросу «докеров» найдена 1 статья.");
    const first = page.locator(".search-results a").first();
    await expect(first).toHaveText("Забастовка докеров в речном порту Усть-Ломны пошла на вторую неделю");
    await first.click();
    await expect(page).toHaveURL(/\/ru\/2026\/11\/25\/zabastovka-v-portu-ust-lomny\/$/);
    // An English word is not in the Russian index, and the answer counts in Russian plurals.
    await page.goto("/ru/search/?q=fertiliser");
    await expect(page.locator(".search-status")).toHaveText("По запросу «fertiliser» ничего не найдено.");
  });

  test("leads from an article to its translation and back, and from any page to the other edition", async ({ page }) => {
    await page.goto("/2026/11/25/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week/");
    await page.getByRole("link", { name: "Читать по-русски" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.locator("h1")).toHaveText("Забастовка докеров в речном порту Усть-Ломны пошла на вторую неделю");
    await page.getByRole("link", { name: "Read in English" }).click();
    await expect(page.locator("h1")).toContainText("Dock workers’ strike");
    // The edition switch: the same section's front in the other language.
    await page.goto("/opinion/");
    await page.locator(".edition-switch").getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/opinion\/$/);
    await expect(page.locator("h1")).toContainText("Мнения");
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says it needs JavaScript and offers the archive and topics", async ({ page }) => {
    await page.goto("/search/?q=port");
    await expect(page.locator(".search-nojs")).toContainText("needs JavaScript");
    // No form that cannot search.
    await expect(page.getByRole("searchbox")).toBeHidden();
    await page.locator(".search-nojs").getByRole("link", { name: "the archive" }).click();
    await expect(page).toHaveURL(/\/archive\/$/);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways, portraits keep their shape, and headings never skip a level", async ({ page }) => {
    for (const url of ["/", "/mirrors/", "/authors/", "/authors/anna-sokol/", "/archive/", "/tags/politics/", "/search/", "/support/"]) {
      await page.goto(url);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        portraits: [...document.querySelectorAll<HTMLImageElement>(".author-photo")].map((img) => img.getBoundingClientRect().height - img.getBoundingClientRect().width),
        levels: [...document.querySelectorAll("main h1, main h2, main h3, main h4")].map((h) => Number(h.tagName.slice(1))),
      }));
      expect(layout.overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(0);
      for (const difference of layout.portraits) expect(Math.abs(difference), `${url} squashes a portrait`).toBeLessThan(1);
      expect(layout.levels[0], `${url} starts with h1`).toBe(1);
      layout.levels.forEach((level, i) => {
        if (i > 0) expect(level - (layout.levels[i - 1] ?? 1), `${url} skips from h${layout.levels[i - 1]} to h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });
});

// The front page as the editors arranged it (screenshots at both widths looked at once; the structure asserted here).
// Blocks in reading order: the lead, the other top stories, each section's block, then the latest.
const FRONT_BLOCKS = ".front-top .lead-story, .front-top__more, .front-section, .latest";

async function frontBoxes(page: import("@playwright/test").Page) {
  return page.locator(FRONT_BLOCKS).evaluateAll((blocks) =>
    blocks.map((block) => {
      const box = block.getBoundingClientRect();
      return { name: block.className, heading: block.querySelector("h2")?.textContent?.trim() ?? "", x: Math.round(box.x), y: Math.round(box.y + window.scrollY), width: Math.round(box.width) };
    }),
  );
}

test.describe("the front page", () => {
  test("on a desktop, reads as a newspaper front: the lead beside the other top stories, the sections in a row of four", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const boxes = await frontBoxes(page);
    const [lead, more, ...rest] = boxes;
    const sections = rest.filter((box) => box.name === "front-section");
    expect(sections.map((box) => box.heading)).toEqual(["News", "Opinion", "Business", "Culture"]);
    // The top stories: the lead takes two thirds, the others stand to its right, at its height.
    expect(more?.x).toBeGreaterThan((lead?.x ?? 0) + (lead?.width ?? 0));
    expect(Math.abs((more?.y ?? 0) - (lead?.y ?? 0))).toBeLessThan(5);
    expect(lead?.width).toBeGreaterThan(1.8 * (more?.width ?? 0));
    // The four sections side by side, below the top stories, left to right in the editors' order.
    expect(new Set(sections.map((box) => box.y)).size).toBe(1);
    expect(sections.map((box) => box.x)).toEqual([...sections.map((box) => box.x)].sort((a, b) => a - b));
    expect(sections[0]?.y).toBeGreaterThan(lead?.y ?? 0);
    // The lead story is one the editors marked, with its image loaded first; every section block opens with its newest piece.
    await expect(page.locator(".lead-story img")).toHaveAttribute("fetchpriority", "high");
    await expect(page.locator(".front-section").first().locator(".story__title a").first()).toHaveAttribute("href", /^\/\d{4}\//);
    await expect(page.locator(".front-section").nth(1).locator(".opinion-label").first()).toHaveText("Opinion");
  });

  test("on a phone, is one column in the same order, and works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const boxes = await frontBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(7);
    // One column: every block starts at the same left edge, each below the one before.
    expect(new Set(boxes.map((box) => box.x)).size).toBe(1);
    boxes.forEach((box, i) => {
      if (i > 0) expect(box.y, `${box.name} ${box.heading}`).toBeGreaterThan(boxes[i - 1]?.y ?? 0);
    });
    // The small stacked links above a headline (an opinion label, then its topic) are big enough to tap: 24px at least (WCAG 2.2).
    const small = await page.locator(".opinion-label a, .kicker a").evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(small.length).toBeGreaterThan(5);
    expect(Math.min(...small)).toBeGreaterThanOrEqual(24);
    // Every headline is a link that leads somewhere, JavaScript or not.
    const first = page.locator(".front-section .story__title a").first();
    const href = await first.getAttribute("href");
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await context.close();
  });
});
