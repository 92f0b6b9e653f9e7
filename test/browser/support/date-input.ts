import type { Page } from "playwright-core";

/** "2026-11-04" as a person types it into the NHS date input's three boxes: 4, 11, 2026. */
export function boxes(iso: string): [string, string, string] {
  const [year = "", month = "", day = ""] = iso.split("-");
  return [String(Number(day)), String(Number(month)), year];
}

/** Types day, month and year into the date input whose legend is `legend`. */
export async function typeDate(
  page: Page,
  legend: string,
  typed: readonly string[],
): Promise<void> {
  const group = page.getByRole("group", { name: legend });
  const [day = "", month = "", year = ""] = typed;
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** What the date input's boxes hold, day first. */
export function typedDate(page: Page, legend: string): Promise<string[]> {
  const group = page.getByRole("group", { name: legend });
  return Promise.all(["Day", "Month", "Year"].map((box) => group.getByLabel(box).inputValue()));
}
