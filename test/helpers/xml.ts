// A real XML 1.0 parser (saxes: strict, namespace-aware) for every feed and
// sitemap the build writes: a feed reader rejects a whole feed for one error.
import { SaxesParser } from "saxes";

/** Throws, naming the file, line and column, when `text` is not well-formed XML. */
export function assertWellFormedXml(text: string, file: string): void {
  const parser = new SaxesParser({ xmlns: true, fileName: file });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.write(text).close();
  if (failure) throw new Error(`${file} is not well-formed XML: ${failure.message}`);
}
