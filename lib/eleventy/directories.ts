// Where Eleventy reads and writes. .eleventy.ts gives it to Eleventy; `npm run build`
// reads it before loading Eleventy, which a build with nothing to do never does.
export const eleventyDirectories = { input: "src", includes: "../_includes", data: "../_data", output: "_site" };
