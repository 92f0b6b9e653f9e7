/** Test fixture: a handler that fails the way an unhandled bug would. */
export async function handler(): Promise<never> {
  throw new Error("fixture failure with a secret detail");
}
