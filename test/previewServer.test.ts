// npm start serves drafts: it must answer on this machine and nowhere else.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, makeSite, removeSite } from "./helpers/site.ts";
import { startWatcher, type Watcher } from "./helpers/watch.ts";

const PORT = 8000 + (process.pid % 900);
let dir: string;
let server: Watcher;

function reachable(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: PORT, timeout: 2000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

beforeAll(async () => {
  dir = await makeSite({ files: { "src/articles/draft.md": article({ title: "A draft naming a source", date: "2026-11-20", draft: "true" }) } });
  server = startWatcher(dir, {}, ["--serve", `--port=${PORT}`]);
  await server.builds(1);
  for (let i = 0; i < 100 && !/Server at/.test(server.log()); i++) await new Promise((r) => setTimeout(r, 50));
});
afterAll(async () => {
  server.stop();
  await removeSite(dir);
});

describe("the preview server", () => {
  it("answers on loopback and not on the machine's network addresses", async () => {
    expect(server.log()).toMatch(/Server at/);
    expect(await reachable("127.0.0.1")).toBe(true);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === "IPv4" && !address.internal)
      .map((address) => address?.address as string);
    for (const address of external) expect(await reachable(address), address).toBe(false);
    // Where the kernel lists listening sockets (Linux), the socket itself must be bound to 127.0.0.1.
    if (existsSync("/proc/net/tcp")) {
      const listening = (await readFile("/proc/net/tcp", "utf8"))
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[1]?.endsWith(`:${PORT.toString(16).toUpperCase().padStart(4, "0")}`) && fields[3] === "0A");
      expect(listening.map((fields) => fields[1])).toEqual([`0100007F:${PORT.toString(16).toUpperCase().padStart(4, "0")}`]);
    } else {
      expect(external.length, "no network address and no /proc/net/tcp: nothing shows where the server listens").toBeGreaterThan(0);
    }
  });
});
