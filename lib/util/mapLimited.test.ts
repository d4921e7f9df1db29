import { describe, expect, it } from "vitest";
import { mapLimited } from "./mapLimited.ts";

describe("mapLimited", () => {
  it("keeps at most `limit` calls under way and the results in order", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited(Array.from({ length: 50 }, (_, i) => i), 4, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n % 3));
      running--;
      return n * 2;
    });
    expect(most).toBe(4);
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });
});
