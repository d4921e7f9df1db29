// The preview (npm start) shows drafts, which can name sources, so it listens on
// this machine only: Eleventy's dev server listens on every network interface
// and has no setting for it. BROADSIDE_PREVIEW_HOST=0.0.0.0 opens it to the
// network on purpose (a newsroom's shared preview machine).
// https://www.11ty.dev/docs/dev-server/
export const LOOPBACK = "127.0.0.1";

type Listening = { server: { listen(options: { port: number; host: string }): void } };

export function previewServerHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.BROADSIDE_PREVIEW_HOST || LOOPBACK;
}

export async function previewServerPlugin(): Promise<void> {
  // Only the preview has a server: a build does not load it (0.1 s of a one-article push). Eleventy sets the mode before it reads the config.
  if (process.env.ELEVENTY_RUN_MODE !== "serve") return;
  const { default: EleventyDevServer } = await import("@11ty/eleventy-dev-server");
  const host = previewServerHost();
  // The one place the dev server opens its socket (server.js, `_serverListen`).
  const prototype = EleventyDevServer.prototype as unknown as { _serverListen(this: Listening, port: number): void };
  prototype._serverListen = function (port) {
    this.server.listen({ port, host });
  };
}
