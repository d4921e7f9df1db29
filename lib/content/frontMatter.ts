// Front matter of articles, read by the validation pass.
// The YAML core schema keeps dates as text: js-yaml's default turns `2026-11-27`
// into UTC midnight, which is the wrong day for a newsroom east of Greenwich.
import yaml from "js-yaml";

export function parseFrontMatterYaml(text: string): Record<string, unknown> {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (data === undefined || data === null) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error("front matter must be a list of `field: value` lines");
  }
  return data as Record<string, unknown>;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export interface SplitSource {
  frontMatter: string | undefined;
  body: string;
}

export function splitFrontMatter(source: string): SplitSource {
  const opening = OPENING.exec(source);
  if (!opening) return { frontMatter: undefined, body: source };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new Error("front matter starts with --- but has no closing --- line");
  return {
    frontMatter: rest.slice(0, closing.index),
    body: rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, ""),
  };
}
