import { describe, expect, it } from "vitest";
import { dateFromCache, datePath, displayDate, displayDateTime, isoDay, isoTimestamp, parseContentDate, rfc822 } from "./dates.ts";

const MOSCOW = "Europe/Moscow";

function parsed(value: unknown) {
  const result = parseContentDate(value, MOSCOW);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("parseContentDate", () => {
  it("reads YYYY-MM-DD as midnight in the site's timezone, not UTC", () => {
    expect(isoTimestamp(parsed("2026-11-20"), MOSCOW)).toBe("2026-11-20T00:00:00+03:00");
  });

  it("keeps the instant of a date-time with an offset and shows it in the site's timezone", () => {
    const date = parsed("2026-11-20T22:30:00Z");
    expect(isoTimestamp(date, MOSCOW)).toBe("2026-11-21T01:30:00+03:00");
    // The URL's day is the site's day: after midnight in Moscow it is already the 21st.
    expect(datePath(date, MOSCOW)).toBe("2026/11/21");
  });

  it("accepts a space between date and time", () => {
    expect(isoTimestamp(parsed("2026-11-20 09:30+03:00"), MOSCOW)).toBe("2026-11-20T09:30:00+03:00");
  });

  it("refuses a time without an offset and says how to fix it", () => {
    const result = parseContentDate("2026-11-20T09:30:00", MOSCOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/no offset.*\+03:00/);
  });

  it("accepts offsets up to ±14:00 and refuses larger ones, which no place uses", () => {
    expect(parseContentDate("2026-11-20T09:30:00+14:00", MOSCOW).ok).toBe(true);
    expect(parseContentDate("2026-11-20T09:30:00-12:00", MOSCOW).ok).toBe(true);
    for (const value of ["2026-11-20T09:30:00+14:30", "2026-11-20T09:30:00-15:00", "2026-11-20T09:30:00+23:00"]) {
      const result = parseContentDate(value, MOSCOW);
      expect(!result.ok && result.message, value).toMatch(/offset beyond ±14:00/);
    }
  });

  it.each([["yesterday"], ["2026-13-45"], ["2026-02-30"], [""]])("refuses %j", (value) => {
    const result = parseContentDate(value, MOSCOW);
    expect(result.ok).toBe(false);
  });

  it("refuses values that are not text, naming what it got", () => {
    const missing = parseContentDate(undefined, MOSCOW);
    expect(!missing.ok && missing.message).toMatch(/got nothing/);
    const number = parseContentDate(2026, MOSCOW);
    expect(!number.ok && number.message).toMatch(/number 2026/);
  });
});

describe("formatting", () => {
  const date = parsed("2026-11-20T06:05:00Z");

  it("formats RFC 822 dates for RSS in the site's timezone", () => {
    expect(rfc822(date, MOSCOW)).toBe("Fri, 20 Nov 2026 09:05:00 +0300");
  });

  it("formats the dateline in the site's timezone", () => {
    expect(displayDateTime(date, MOSCOW, "en")).toBe("20 November 2026, 09:05");
  });
});

describe("dateFromCache", () => {
  // Zones with an offset of 0 in winter (London: luxon writes +00:00 there, Z at a fixed 0), half and
  // three-quarter hours, summer time north and south, and a zone that changed its rules (Moscow, 2011 and 2014).
  const zones = ["Europe/Moscow", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"];
  const written = [
    "1996-03-31T01:30:00Z", "2010-10-31T00:59:59Z", "2011-03-27T02:00:00+03:00", "2014-10-26T01:00:00+04:00",
    "2026-01-15T00:00:00Z", "2026-03-29T00:30:00Z", "2026-07-01T23:59:00-04:00", "2026-11-27T09:30:00.250+03:00", "2026-11-27",
  ];

  it("formats a date read back from the cache exactly as the date it was written from, in every zone", () => {
    for (const zone of zones) {
      for (const text of written) {
        const result = parseContentDate(text, zone);
        if (!result.ok) throw new Error(result.message);
        const original = result.value;
        // As the cache keeps it: the article's JSON.
        const cached = dateFromCache(JSON.parse(JSON.stringify(original)) as string, zone);
        const formats = (date: typeof original) => [
          isoTimestamp(date, zone), rfc822(date, zone), isoDay(date, zone), datePath(date, zone),
          displayDate(date, zone, "en"), displayDateTime(date, zone, "ru"), isoTimestamp(date, "Asia/Tokyo"),
        ];
        expect(formats(cached), `${text} in ${zone}`).toEqual(formats(original));
        expect(cached.toMillis()).toBe(original.toMillis());
      }
    }
  });

  it("writes +00:00, not Z, for London in winter, as a date parsed there", () => {
    const cached = dateFromCache("2026-01-15T09:00:00.000+00:00", "Europe/London");
    expect(isoTimestamp(cached, "Europe/London")).toBe("2026-01-15T09:00:00+00:00");
  });
});
