import { describe, expect, it } from "vitest";
import { datePath, displayDateTime, isoTimestamp, parseContentDate, rfc822 } from "./dates.ts";

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
