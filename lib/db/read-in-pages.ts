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

/**
 * Like readInPages without keeping the rows: `onPage` gets each page (awaited before the next is
 * read), so memory holds one page whatever the table holds; it returns false to stop reading.
 * `pageRows` rows a page.
 */
export async function forEachPage<Row extends { position: number }>(
  readPage: (afterPosition: number, take: number) => Promise<Row[]>,
  onPage: (page: Row[]) => Promise<void | boolean>,
  pageRows: number = PAGE_ROWS,
): Promise<void> {
  for (let after = -2_147_483_648; ; ) {
    const page = await readPage(after, pageRows);
    if (page.length > 0 && (await onPage(page)) === false) return;
    if (page.length < pageRows) return;
    after = page[page.length - 1].position;
  }
}
