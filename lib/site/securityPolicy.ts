// The Content-Security-Policy, kept as data. Scripts and styles come from this
// site only; the two inline blocks Broadside writes (the head script that applies
// a reader's dismissals before the first paint, and the lite edition's style) are
// allowed by their hashes, never by 'unsafe-inline'. Nothing is loaded from
// another origin; forms may go to this site and to the checkout.
import { createHash } from "node:crypto";

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

export interface PolicyInputs {
  inlineScripts: readonly string[];
  inlineStyles: readonly string[];
  /** Origins forms may submit to besides this site (the checkout). */
  formOrigins: readonly string[];
}

/** Directives a <meta> element may carry (frame-ancestors only works as a header). */
function directives(inputs: PolicyInputs): string[] {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it allows no JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval' ${inputs.inlineScripts.map(sha256Source).join(" ")}`.trim(),
    `style-src 'self' ${inputs.inlineStyles.map(sha256Source).join(" ")}`.trim(),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${inputs.formOrigins.join(" ")}`.trim(),
  ];
}

export function metaPolicy(inputs: PolicyInputs): string {
  return directives(inputs).join("; ");
}

export function headerPolicy(inputs: PolicyInputs): string {
  return [...directives(inputs), "frame-ancestors 'none'"].join("; ");
}
