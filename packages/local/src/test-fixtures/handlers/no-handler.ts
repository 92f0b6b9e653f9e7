/** Test fixture: a module that forgot to export `handler`. */
export const somethingElse = 1;
