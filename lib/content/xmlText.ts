// Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage
// return). One in a feed makes every feed reader reject the whole feed; they
// arrive by pasting from word processors. Front matter holding one is refused;
// bodies are cleaned, with a warning.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** "U+000B" for the first forbidden character in `text`. */
export function firstXmlForbidden(text: string): string | undefined {
  FORBIDDEN.lastIndex = 0;
  const match = FORBIDDEN.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

/** Paths (`image.caption`, `corrections.0.text`) of every text value in `value` that holds a forbidden character. */
export function fieldsWithXmlForbidden(value: unknown, path: string[] = []): { field: string; character: string }[] {
  if (typeof value === "string") {
    const character = firstXmlForbidden(value);
    return character ? [{ field: path.join(".") || "(front matter)", character }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsWithXmlForbidden(item, [...path, String(index)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(firstXmlForbidden(key) ? [{ field: [...path, key].join("."), character: firstXmlForbidden(key) as string }] : []),
      ...fieldsWithXmlForbidden(item, [...path, key]),
    ]);
  }
  return [];
}
