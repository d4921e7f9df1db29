// @11ty/posthtml-urls ships no typings: the part Broadside uses.
declare module "@11ty/posthtml-urls" {
  import type { Plugin } from "posthtml";
  export interface UrlsOptions {
    /** Called for every URL in an attribute that holds one (href, src, srcset, meta refresh, ...). */
    eachURL: (url: string, attribute: string, tag: string) => string | Promise<string>;
  }
  export default function urls(options: UrlsOptions): Plugin<unknown>;
}
