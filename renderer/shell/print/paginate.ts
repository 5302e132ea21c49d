/**
 * Packs measured blocks into pages, in order: a block starts a new page when
 * it asks to or when it does not fit in what is left. A block taller than a
 * whole page gets a page of its own and is scaled down to fit (`scale` < 1):
 * nothing is ever cut. Pure, so the layout is tested without a browser.
 */
export interface Measured {
  height: number;
  newPage?: boolean;
}

export interface Placed {
  index: number;
  scale: number;
}

export function paginate(blocks: readonly Measured[], pageHeight: number, gap = 0): Placed[][] {
  const pages: Placed[][] = [];
  let page: Placed[] = [];
  let used = 0;
  blocks.forEach((block, index) => {
    const needed = (page.length > 0 ? gap : 0) + block.height;
    if (page.length > 0 && (block.newPage === true || used + needed > pageHeight)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    const scale = block.height > pageHeight ? pageHeight / block.height : 1;
    used += (page.length > 0 ? gap : 0) + Math.min(block.height, pageHeight);
    page.push({ index, scale });
  });
  if (page.length > 0) pages.push(page);
  return pages;
}
