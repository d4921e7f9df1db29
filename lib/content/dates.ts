// Every date in Broadside goes through here, and every luxon call names its zone:
// the output must not depend on the timezone of the machine that builds it.
import { DateTime, FixedOffsetZone } from "luxon";

export type DateResult = { ok: true; value: DateTime } | { ok: false; message: string };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const MAX_OFFSET_MINUTES = 14 * 60;
const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Reads a front matter date: `YYYY-MM-DD` is midnight in the site's timezone;
 * a date-time must carry its offset, because "09:30" alone is ambiguous for a
 * newsroom whose editors sit in several countries.
 */
export function parseContentDate(value: unknown, zone: string): DateResult {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, message: `must be a date such as 2026-11-27 or 2026-11-27T09:30:00+03:00, got ${describe(value)}` };
  }
  const text = value.trim();
  if (DATE_ONLY.test(text)) {
    const date = DateTime.fromISO(text, { zone });
    return date.isValid ? { ok: true, value: date } : invalid(text, date);
  }
  if (!HAS_TIME.test(text)) {
    return { ok: false, message: `"${text}" is not a date; use 2026-11-27 or 2026-11-27T09:30:00+03:00` };
  }
  if (!HAS_OFFSET.test(text)) {
    return { ok: false, message: `"${text}" has a time but no offset; add one, e.g. ${text}+03:00 or ${text}Z` };
  }
  const date = DateTime.fromISO(text.replace(" ", "T"), { setZone: true });
  if (!date.isValid) return invalid(text, date);
  // Real offsets run from -12:00 to +14:00; a larger one is a typo that would move the article by a day.
  if (Math.abs(date.offset) > MAX_OFFSET_MINUTES) {
    return { ok: false, message: `"${text}" has an offset beyond ±14:00, which no place on Earth uses` };
  }
  return { ok: true, value: date.setZone(zone) };
}

function invalid(text: string, date: DateTime): DateResult {
  return { ok: false, message: `"${text}" is not a valid date (${date.invalidExplanation ?? date.invalidReason})` };
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The `YYYY/MM/DD` part of an article URL, in the site's timezone. */
export function datePath(date: DateTime, zone: string): string {
  return inZone(date, zone).toFormat("yyyy/MM/dd");
}

// An article's dates are shown on its page and on every list and feed that carries
// it, so each is formatted once per build (luxon's formatting was 1.5 s of a 10k build).
const formatted = new WeakMap<DateTime, Map<string, string>>();

// Set on a date read back from the build cache: the named zone its fixed offset stands for, and its ISO timestamp
// there. Properties of the date itself: a WeakMap entry for each of 100,000 dates cost about 0.1 s a build.
const CACHED_ZONE = Symbol("zone in the cache");
const CACHED_ISO = Symbol("ISO timestamp in the cache");
type FromCache = DateTime & { [CACHED_ZONE]?: string; [CACHED_ISO]?: string };

/**
 * A date the build cache kept as luxon wrote it in the site's timezone `zone`
 * (`2026-11-25T11:15:00.000+03:00`, from parseContentDate), brought back at that
 * fixed offset: luxon works out a named zone's offset through Intl for every date
 * it makes or moves into the zone (about 18 µs, a second for 100,000 articles
 * on every build), a fixed offset costs nothing. The instant and the wall-clock
 * fields are the same; the formatting below takes it as it is in `zone`.
 */
export function dateFromCache(iso: string, zone: string): DateTime {
  const date: FromCache = DateTime.fromMillis(Date.parse(iso), { zone: FixedOffsetZone.instance(offsetMinutes(iso)) });
  date[CACHED_ZONE] = zone;
  date[CACHED_ISO] = iso;
  return date;
}

/** The offset at the end of an ISO timestamp (`+03:00`, `-05:30`; `Z` or none is 0), read without a regular expression (100,000 dates a build). */
function offsetMinutes(iso: string): number {
  const at = iso.length - 6;
  const sign = iso[at];
  if ((sign !== "+" && sign !== "-") || iso[at + 3] !== ":") return 0;
  const minutes = Number(iso.slice(at + 1, at + 3)) * 60 + Number(iso.slice(at + 4));
  return Number.isNaN(minutes) ? 0 : sign === "-" ? -minutes : minutes;
}

/** The date as shown in `zone`: itself when read back from the cache in that zone (see dateFromCache). */
function inZone(date: FromCache, zone: string): DateTime {
  return date[CACHED_ZONE] === zone ? date : date.setZone(zone);
}

function formatOnce(date: DateTime, key: string, format: () => string): string {
  let byKey = formatted.get(date);
  if (!byKey) formatted.set(date, (byKey = new Map()));
  let text = byKey.get(key);
  if (text === undefined) byKey.set(key, (text = format()));
  return text;
}

/** Machine-readable timestamp for `<time datetime>`, sitemaps and JSON. */
export function isoTimestamp(date: FromCache, zone: string): string {
  return formatOnce(date, `iso ${zone}`, () => {
    const cached = date[CACHED_ISO];
    // As luxon wrote it in the named zone: at a fixed offset of 0 it would write Z, not +00:00 (London in winter).
    if (cached !== undefined && date[CACHED_ZONE] === zone) return withoutZeroMilliseconds(cached);
    return date.setZone(zone).toISO({ suppressMilliseconds: true }) ?? "";
  });
}

/** `2026-11-25T11:15:00.000+03:00` → `2026-11-25T11:15:00+03:00`, as luxon's suppressMilliseconds does; other milliseconds stay. */
function withoutZeroMilliseconds(iso: string): string {
  return iso.slice(19, 23) === ".000" ? iso.slice(0, 19) + iso.slice(23) : iso;
}

/** RSS 2.0 wants RFC 822 dates. */
export function rfc822(date: DateTime, zone: string): string {
  return formatOnce(date, `rfc822 ${zone}`, () => inZone(date, zone).toRFC2822() ?? "");
}

/** `2026-11-27`, the day in the site's timezone (feed guids). */
export function isoDay(date: DateTime, zone: string): string {
  return formatOnce(date, `day ${zone}`, () => inZone(date, zone).toFormat("yyyy-MM-dd"));
}

/** "27 November 2026, 09:30" in the site's timezone and language. */
export function displayDateTime(date: DateTime, zone: string, locale: string): string {
  return formatOnce(date, `datetime ${zone} ${locale}`, () => inZone(date, zone).setLocale(locale).toFormat("d MMMM yyyy, HH:mm"));
}

/** "27 November 2026" for lists. */
export function displayDate(date: DateTime, zone: string, locale: string): string {
  return formatOnce(date, `date ${zone} ${locale}`, () => inZone(date, zone).setLocale(locale).toFormat("d MMMM yyyy"));
}

/** "Now" for a build: `BROADSIDE_NOW` lets tests and scheduled builds set the clock. */
export function buildNow(env: NodeJS.ProcessEnv = process.env): DateTime {
  const forced = env.BROADSIDE_NOW;
  if (!forced) return DateTime.now().setZone("utc");
  const parsed = DateTime.fromISO(forced, { setZone: true });
  if (!parsed.isValid) throw new Error(`BROADSIDE_NOW="${forced}" is not an ISO 8601 date-time`);
  return parsed;
}
