// The synthetic-book benchmark's seeded PRNG (mulberry32), so property-style loops are reproducible.
export { createRandom } from "@/bench/align/synthetic-book";
