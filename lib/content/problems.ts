// One shape for everything wrong with the content or the settings, so an editor
// sees every problem of a push at once as `path: field: what is wrong`.
import path from "node:path";
import type { z } from "zod";

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const file = path.isAbsolute(problem.file) ? path.relative(process.cwd(), problem.file) : problem.file;
  return `${file}: ${problem.field}: ${problem.message}`;
}

export function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  const fieldOf = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join(".") : "(front matter)");
  return error.issues.flatMap((issue) =>
    // A key a strict schema does not know is named as the field it is, like any other mistake.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ file, field: fieldOf([...issue.path, key]), message: "is not a field Broadside knows: a typo?" }))
      : [{ file, field: fieldOf(issue.path), message: issue.message }],
  );
}

/**
 * Thrown before Eleventy writes anything. `skipOriginalStack` tells Eleventy's
 * error handler to print the message alone: the list is the useful part.
 */
export class ContentError extends Error {
  readonly skipOriginalStack = true;
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      `Broadside found ${problems.length} problem${problems.length === 1 ? "" : "s"} and wrote nothing:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
