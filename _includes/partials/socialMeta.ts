// Open Graph and Twitter card tags: what a shared link shows in apps and
// messengers. URLs are absolute and on the primary domain.
import { html, type SafeHtml } from "../../lib/render/html.ts";

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface SocialMeta {
  type: "article" | "website";
  title: string;
  description: string;
  url: string;
  siteName: string;
  image?: SocialImage;
  /** Articles only. */
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: string[];
  authorUrls?: string[];
}

export function socialMeta(meta: SocialMeta): SafeHtml {
  const property = (name: string, content: string | number) => html`<meta property="${name}" content="${content}">
`;
  const named = (name: string, content: string) => html`<meta name="${name}" content="${content}">
`;
  return html`${property("og:type", meta.type)}${property("og:site_name", meta.siteName)}${property("og:title", meta.title)}${property("og:description", meta.description)}${property("og:url", meta.url)}${
    meta.image
      ? html`${property("og:image", meta.image.url)}${property("og:image:width", meta.image.width)}${property("og:image:height", meta.image.height)}${property("og:image:alt", meta.image.alt)}`
      : ""
  }${meta.publishedTime ? property("article:published_time", meta.publishedTime) : ""}${
    meta.modifiedTime ? property("article:modified_time", meta.modifiedTime) : ""
  }${meta.section ? property("article:section", meta.section) : ""}${(meta.tags ?? []).map((tag) => property("article:tag", tag))}${(
    meta.authorUrls ?? []
  ).map((url) => property("article:author", url))}${named("twitter:card", meta.image ? "summary_large_image" : "summary")}${named("twitter:title", meta.title)}${named("twitter:description", meta.description)}${
    meta.image ? html`${named("twitter:image", meta.image.url)}${named("twitter:image:alt", meta.image.alt)}` : ""
  }`;
}
