// Splits a newest-first list into pages whose contents do not move as articles
// are published. Numbered pages are counted from the oldest and hold whole
// chunks of `size`: /archive/page/1/ is the oldest 20 articles, for ever. The
// front of the list (/archive/) shows the newest `size`. Publishing an article
// changes the front and, once the newest chunk fills, adds a numbered page; no
// existing numbered page changes, so a bookmarked page keeps its articles, and a
// push rewrites a few list pages, not every one (page 2 no longer becomes
// page 3). The price: the front and the newest numbered page can share articles.

export interface ListPage<T> {
  items: T[];
  /** Counted from the oldest; the front is the highest. */
  number: number;
  total: number;
  /** The newest articles, at the list's own URL. */
  front: boolean;
  url: string;
  /** The position of the first item counted from the oldest, for `<ol reversed start>`. */
  firstPosition: number;
  itemCount: number;
  /** The next newer page, if any. */
  newerUrl?: string;
  /** The next older page, if any. */
  olderUrl?: string;
  /** Page number to URL, for the page links. */
  urlOf: (number: number) => string;
}

/**
 * What a list page shows of itself: a numbered page shows its number, its
 * neighbours and its items, not how long the list has grown (its front does).
 */
export function shownOfPage<T>(page: ListPage<T>): Partial<ListPage<T>> {
  if (page.front) return page;
  const { total: _total, itemCount: _itemCount, ...stable } = page;
  return stable;
}

export function pageUrl(baseUrl: string, number: number): string {
  return `${baseUrl}page/${number}/`;
}

export function paginate<T>(items: readonly T[], size: number, baseUrl: string): ListPage<T>[] {
  // Whole chunks counted from the oldest; the front makes one more.
  const numbered = Math.floor(items.length / size);
  const total = numbered + 1;
  const urlOf = (number: number) => (number === total ? baseUrl : pageUrl(baseUrl, number));
  const pages: ListPage<T>[] = [];
  for (let number = total; number >= 1; number--) {
    const front = number === total;
    // Newest first: chunk k holds the items at positions (k-1)*size+1 .. k*size counted from the oldest.
    const newest = front ? items.length : number * size;
    const page: ListPage<T> = {
      items: items.slice(items.length - newest, items.length - newest + size),
      number,
      total,
      front,
      url: urlOf(number),
      firstPosition: newest,
      itemCount: items.length,
      urlOf,
    };
    if (!front) page.newerUrl = urlOf(number + 1);
    if (number > 1) page.olderUrl = urlOf(number - 1);
    pages.push(page);
  }
  return pages;
}

/** Page numbers to show: first, last, and two either side of the current; `null` marks a gap. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= 2) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
