/**
 * The 999 and 111 card at the top of a start page, before anyone answers a question about their
 * health: for emergencies, these journeys are the wrong door. Includes the BSL and text relays.
 */
export const emergencyFirst = `<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" id="emergency-first">
              <div class="nhsuk-card--care__heading-container">
                <h2 class="nhsuk-card--care__heading"><span class="nhsuk-u-visually-hidden">Immediate action required: </span>This is not for emergencies</h2>
                <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
              </div>
              <div class="nhsuk-card__content">
                <p>Call 999 or go to A&amp;E now if someone has a life-threatening illness or injury, such as chest pain, signs of a stroke or difficulty breathing.</p>
                <p>If you are not sure what to do, call 111 or go to <a href="https://111.nhs.uk/">111.nhs.uk</a>.</p>
                <p>Deaf people can use the <a href="https://999bsl.co.uk/">999 BSL video relay</a> or text relay on 18000. For 111, use text relay on 18001 111.</p>
              </div>
            </div>`;
