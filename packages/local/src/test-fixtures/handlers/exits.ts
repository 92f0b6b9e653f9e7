/** Test fixture: a handler whose environment dies mid-request (only ever run on a function thread). */
export async function handler(): Promise<never> {
  process.exit(3);
}
