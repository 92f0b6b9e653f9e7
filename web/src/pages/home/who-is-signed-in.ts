import type { MeResponse } from "@front-door/contracts";
import { formatNhsNumber } from "../../lib/format.ts";
import { roleLabels } from "../../lib/session.ts";

/** The rows the home page shows about whoever is signed in: staff see where they work. */
export function describeSignedIn(me: MeResponse): { key: string; value: string }[] {
  const name =
    me.displayName ??
    (me.patient ? `${me.patient.name.given} ${me.patient.name.family}` : me.userId);
  const rows = [
    { key: "Name", value: name },
    { key: "Signed in as", value: roleLabels[me.role] },
  ];
  if (me.patient) rows.push({ key: "NHS number", value: formatNhsNumber(me.patient.nhsNumber) });
  if (me.site) rows.push({ key: "Site", value: me.site.name });
  if (me.icb) rows.push({ key: "Integrated care board", value: me.icb.name });
  return rows;
}
