/** Rows per page: Prisma maps a page's rows in one turn of the event loop, a few milliseconds. */
const PAGE_ROWS = 2000;

/**
 * Every row a keyset-paged query returns, one page at a time: `readPage(afterPosition, take)` reads
 * the next `take` rows with a position above `afterPosition`, in position order. Mapping 100,000
 * rows in one query would block the event loop for seconds; between pages it answers requests.
 */
export async function readInPages<Row extends { position: number }>(readPage: (afterPosition: number, take: number) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let after = -2_147_483_648; ; ) {
    const page = await readPage(after, PAGE_ROWS);
    for (const row of page) rows.push(row);
    if (page.length < PAGE_ROWS) return rows;
    after = page[page.length - 1].position;
  }
}
