import { startPage } from "../../../lib/shell.ts";

// A page of words: the shared header (who is signed in) is all it needs.
startPage({});
