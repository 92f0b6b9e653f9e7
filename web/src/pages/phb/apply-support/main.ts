import { byId } from "../../../lib/dom.ts";
import { startApplyPage } from "../../../lib/phb/apply-page.ts";

const rows = 3;
const description = (i: number) => byId<HTMLTextAreaElement>(`support-${i}-description`);
const providedBy = (i: number) => byId<HTMLInputElement>(`support-${i}-provided-by`);

startApplyPage({
  step: "support",
  fill: ({ draft }) => {
    (draft.currentSupport ?? []).slice(0, rows).forEach((support, i) => {
      description(i).value = support.description;
      providedBy(i).value = support.providedBy;
    });
  },
  read: (draft) => {
    const currentSupport = Array.from({ length: rows }, (_, i) => ({
      description: description(i).value.trim(),
      providedBy: providedBy(i).value.trim(),
    })).filter((s) => s.description !== "" || s.providedBy !== "");
    // Kept beyond the rows shown: nothing typed elsewhere is silently dropped.
    const beyond = (draft.currentSupport ?? []).slice(rows);
    return { draft: { ...draft, currentSupport: [...currentSupport, ...beyond] } };
  },
  fieldIdFor: (path) => {
    const [, index = "0", field] = path.split(".");
    return field === "providedBy" ? `support-${index}-provided-by` : `support-${index}-description`;
  },
});
