/** The line that ends a section of bench/RESULTS.md: its name, duration and when it ran. */
export function sectionFooter(name: string, seconds: number, at: Date): string {
  return `_${name}: ${seconds.toFixed(1)} s in all, ${at.toISOString()}._`;
}

const FOOTER = /^_([a-z-]+): [\d.]+ s in all(?:, ([^_]+))?\._$/;
const OLD_DATE = /^- Date: (\S+)$/m;

/**
 * Sections of an earlier RESULTS.md by name: from a "## " heading through the footer naming the
 * section. Footers written before sections carried their date get the file's old "Date:" line.
 */
export function parseSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  const oldDate = OLD_DATE.exec(text)?.[1];
  let block: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("## ")) block = [];
    block.push(line);
    const footer = FOOTER.exec(line);
    if (!footer) continue;
    if (!footer[2] && oldDate) block[block.length - 1] = line.replace(/\._$/, `, ${oldDate}._`);
    sections.set(footer[1], block.join("\n"));
    block = [];
  }
  return sections;
}

/** RESULTS.md: the header, then each section in `order`, freshly run or kept from `previous`. */
export function mergeSections(options: { header: string; order: string[]; previous: string; fresh: Map<string, string> }): string {
  const kept = parseSections(options.previous);
  const sections = options.order.map((name) => options.fresh.get(name) ?? kept.get(name)).filter((section) => section !== undefined);
  return `${[options.header, ...sections].join("\n\n")}\n`;
}
