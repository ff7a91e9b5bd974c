// Reading what the results show: headline figures as { label: value }, a table row's cells.

/** The first list of headline figures on the page, once it is there. */
export async function headlineFigures(page) {
  const list = page.locator('dl.figures').first();
  await list.waitFor();
  return list.evaluate((dl) =>
    Object.fromEntries(
      [...dl.querySelectorAll('.figures__item')].map((item) => [
        item.querySelector('dt').textContent,
        item.querySelector('.figures__value').textContent,
      ]),
    ),
  );
}

/** The text of a table row's header and data cells. */
export async function cellTexts(row) {
  return row.locator('th, td').allInnerTexts();
}
