// Eleventy renders every article's markdown (its body, kept in memory for feeds
// and lists) but writes no page for it: Broadside writes the article pages itself
// from the newsroom at the end of the build (_includes/pages/article.ts), so the
// full pages are not all held in memory at once. Drafts and future articles are
// not even rendered in production builds (the preprocessor in
// lib/eleventy/newsroomPlugin.ts).
export default {
  permalink: false,
};
