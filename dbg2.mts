import { rankRelated } from "./lib/newsroom/related.ts";
function random(seed: number) { let s = seed; return () => (s = (s * 16807) % 2147483647) / 2147483647; }
const [n, t] = [100000, 5000];
const next = random(7);
const cum: number[] = []; let total = 0; for (let i = 0; i < t; i++) cum.push((total += 1 / (i + 1)));
const pick = () => { const x = next() * total; let lo = 0, hi = t - 1; while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m]! < x) lo = m + 1; else hi = m; } return lo; };
const arts = Array.from({ length: n }, () => { const s = new Set<string>(); const w = 1 + Math.floor(next() * 4); while (s.size < w) s.add("t" + pick()); return { tagSlugs: [...s] }; });
let walked = 0; 
const t0 = performance.now(); rankRelated(arts, 4); console.log(n, Math.round(performance.now() - t0), "ms");
