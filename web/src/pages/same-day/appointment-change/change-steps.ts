import type { ErrorCode } from "@front-door/contracts";
import type { ClientErrorCode } from "../../../lib/api.ts";
import { formatClockTime } from "../../../lib/format.ts";

/** The confirm step's question: "Change to 2:30pm at Chapeltown Health Centre?" */
export function changeQuestion(localStart: string, siteName: string): string {
  return `Change to ${formatClockTime(localStart)} at ${siteName}?`;
}

/**
 * What the patient can do after the change API refused: choose another time (the new one was
 * lost, the old appointment stands), go back to their appointments (this one can no longer be
 * changed here), or try again (nothing was refused: the service or the connection failed).
 */
export type AfterRefusal = "choose-again" | "appointments" | "try-again";

const refusals: Partial<Record<ErrorCode | ClientErrorCode, AfterRefusal>> = {
  hold_expired: "choose-again",
  slot_taken: "choose-again",
  not_found: "appointments",
  not_cancellable: "appointments",
  already_booked_today: "appointments",
};

export function afterRefusal(code: ErrorCode | ClientErrorCode): AfterRefusal {
  return refusals[code] ?? "try-again";
}
