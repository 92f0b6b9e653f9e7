import { maxApplicationOutcomes } from "@front-door/domain";
import { byId } from "../../../lib/dom.ts";
import { startApplyPage } from "../../../lib/phb/apply-page.ts";

const box = (i: number) => byId<HTMLTextAreaElement>(`outcome-${i}`);
const boxes = Array.from({ length: maxApplicationOutcomes }, (_, i) => i);

startApplyPage({
  step: "outcomes",
  fill: ({ draft }) => {
    (draft.outcomes ?? []).slice(0, maxApplicationOutcomes).forEach((outcome, i) => {
      box(i).value = outcome;
    });
  },
  read: (draft) => ({
    draft: {
      ...draft,
      outcomes: boxes.map((i) => box(i).value.trim()).filter((outcome) => outcome !== ""),
    },
  }),
  fieldIdFor: (path) => {
    const index = Number(path.split(".")[1] ?? 0);
    return `outcome-${Number.isInteger(index) ? index : 0}`;
  },
});
