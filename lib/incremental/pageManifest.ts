// Every page's fingerprint, by output file, as the build cache keeps it: in
// shards by first folder (a year, `lite/<year>`, `tags`, `root`), each read as
// it was stored and looked into only when a build asks for one of its pages.
// A build starting from the previous one makes its manifest with `next()`: it
// shares every shard with the previous one and copies a shard only when a page
// in it changes, so a push touching a few folders neither copies nor compares
// 330,000 fingerprints (0.5 s at 100k), and the cache writes again only the
// shards that are not shared (lib/incremental/buildCache.ts).

type Entries = [string, string][];

/** A shard as read (a list) until a page in it is looked up (then a map too). */
class Shard {
  #list: Entries | undefined;
  #map: Map<string, string> | undefined;

  constructor(list: Entries | undefined, map?: Map<string, string>) {
    this.#list = list;
    this.#map = map;
  }

  get size(): number {
    return this.#map ? this.#map.size : (this.#list?.length ?? 0);
  }

  map(): Map<string, string> {
    return (this.#map ??= new Map(this.#list));
  }

  entries(): Entries {
    return this.#map ? [...this.#map] : (this.#list ?? []);
  }

  copy(): Shard {
    return new Shard(undefined, new Map(this.map()));
  }
}

export class PageManifest {
  readonly #shards = new Map<string, Shard>();
  /** Shards this manifest made or copied: the others are shared with the manifest it came from. */
  readonly #own = new Set<string>();
  #size = 0;

  /** The shards as the cache stored them. */
  static fromShards(shards: ReadonlyMap<string, Entries>): PageManifest {
    const manifest = new PageManifest();
    for (const [name, entries] of shards) {
      manifest.#shards.set(name, new Shard(entries));
      manifest.#size += entries.length;
    }
    return manifest;
  }

  static fromEntries(entries: Iterable<[string, string]>): PageManifest {
    const manifest = new PageManifest();
    for (const [file, fingerprint] of entries) manifest.set(file, fingerprint);
    return manifest;
  }

  /** A manifest that starts as this one; this one does not change when it does. */
  next(): PageManifest {
    const next = new PageManifest();
    for (const [name, shard] of this.#shards) next.#shards.set(name, shard);
    next.#size = this.#size;
    return next;
  }

  get size(): number {
    return this.#size;
  }

  get(file: string): string | undefined {
    return this.#shards.get(pageShard(file))?.map().get(file);
  }

  set(file: string, fingerprint: string): void {
    const map = this.#writable(pageShard(file));
    if (!map.has(file)) this.#size++;
    map.set(file, fingerprint);
  }

  delete(file: string): void {
    const name = pageShard(file);
    if (this.#shards.get(name)?.map().has(file) !== true) return;
    this.#writable(name).delete(file);
    this.#size--;
  }

  *keys(): IterableIterator<string> {
    for (const shard of this.#shards.values()) for (const [file] of shard.entries()) yield file;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const shard of this.#shards.values()) yield* shard.entries();
  }

  shardNames(): string[] {
    return [...this.#shards.keys()].filter((name) => (this.#shards.get(name)?.size ?? 0) > 0);
  }

  shardEntries(name: string): Entries {
    return this.#shards.get(name)?.entries() ?? [];
  }

  /** Whether this manifest's shard is the very one `other` has (so it holds the same pages). */
  sharesShard(other: PageManifest, name: string): boolean {
    const shard = this.#shards.get(name);
    return shard !== undefined && shard === other.#shards.get(name);
  }

  #writable(name: string): Map<string, string> {
    let shard = this.#shards.get(name);
    if (!this.#own.has(name)) {
      shard = shard ? shard.copy() : new Shard(undefined, new Map());
      this.#shards.set(name, shard);
      this.#own.add(name);
    }
    return (shard as Shard).map();
  }
}

/** `2026/11/27/slug/index.html` → `2026`; `lite/2026/...` → `lite/2026`; `tags/x/index.html` → `tags`; `feed.xml` → `root`. */
export function pageShard(file: string): string {
  const first = file.indexOf("/");
  if (first < 0) return "root";
  const second = file.indexOf("/", first + 1);
  if (first === 4 && isYear(file, 0)) return file.slice(0, 4);
  return second === first + 5 && isYear(file, first + 1) ? file.slice(0, second) : file.slice(0, first);
}

function isYear(text: string, at: number): boolean {
  for (let digit = at; digit < at + 4; digit++) {
    const code = text.charCodeAt(digit);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
