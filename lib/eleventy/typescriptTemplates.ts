// Lets Eleventy use TypeScript for templates (`*.11ty.ts`, rendered like 11ty.js)
// and for data files (`*.11tydata.ts`). Works because Node strips the types of
// the TypeScript files it imports (Node 22.18 and newer).
// https://www.11ty.dev/docs/languages/typescript/
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";

export function typescriptTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (filePath: string) => {
      const module = (await import(pathToFileURL(filePath).href)) as { default: unknown };
      return module.default;
    },
  });
}
