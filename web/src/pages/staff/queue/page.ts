import type { PageDefinition } from "../../../layout/layout.ts";

/** The same-day request queue at the receptionist's site: open requests as cards, then the rest. */
export const staffQueuePage: PageDefinition = {
  path: "/staff/queue/",
  title: "Same-day queue",
  script: "staff/queue",
  main: `
        <div id="queue-errors"></div>
        <div id="queue-banner"></div>
        <h1><span class="nhsuk-caption-l" id="queue-site"></span><span id="queue-title">Same-day queue</span></h1>
        <div id="queue-message"><p>Loading the queue…</p></div>
        <div id="queue-content" hidden>
          <ul class="nhsuk-list" id="queue-nav"></ul>
          <p>Patients who asked to be seen today and found no free slot. Call them back, then book them a slot or close their request with what happened.</p>
          <h2 id="open-heading">Waiting for a call back</h2>
          <div id="open-requests"></div>
          <h2 id="done-heading">Answered and closed</h2>
          <div id="other-requests"></div>
        </div>`,
};
