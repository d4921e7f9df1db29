// Splits a newest-first list into numbered pages: `/archive/`, `/archive/page/2/`, ...

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  url: string;
  /** The position of the first item counted from the oldest, for `<ol reversed start>`. */
  firstPosition: number;
  itemCount: number;
  previousUrl?: string;
  nextUrl?: string;
  /** Page number to URL, for the page links. */
  urlOf: (number: number) => string;
}

export function pageUrl(baseUrl: string, number: number): string {
  return number === 1 ? baseUrl : `${baseUrl}page/${number}/`;
}

export function paginate<T>(items: readonly T[], size: number, baseUrl: string): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (number: number) => pageUrl(baseUrl, number);
  const pages: ListPage<T>[] = [];
  for (let number = 1; number <= total; number++) {
    const page: ListPage<T> = {
      items: items.slice((number - 1) * size, number * size),
      number,
      total,
      url: urlOf(number),
      firstPosition: items.length - (number - 1) * size,
      itemCount: items.length,
      urlOf,
    };
    if (number > 1) page.previousUrl = urlOf(number - 1);
    if (number < total) page.nextUrl = urlOf(number + 1);
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
