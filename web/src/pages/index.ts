import type { PageDefinition } from "../layout/layout.ts";
import { accessibilityPage } from "./about/accessibility/page.ts";
import { contactPage } from "./about/contact/page.ts";
import { cookiesPage } from "./about/cookies/page.ts";
import { privacyPage } from "./about/privacy/page.ts";
import { termsPage } from "./about/terms/page.ts";
import { profilePage } from "./account/profile/page.ts";
import { signInPage } from "./account/sign-in/page.ts";
import { signedInPage } from "./account/signed-in/page.ts";
import { adviceAskPage } from "./advice/ask/page.ts";
import { adviceInboxPage } from "./advice/inbox/page.ts";
import { adviceOfferedTimesPage } from "./advice/offered-times/page.ts";
import { advicePhoneRequestPage } from "./advice/phone-request/page.ts";
import { adviceRequestPage } from "./advice/request/page.ts";
import { adviceRequestsPage } from "./advice/requests/page.ts";
import { adviceSentPage } from "./advice/sent/page.ts";
import { adviceSettingsPage } from "./advice/settings/page.ts";
import { adviceStaffRequestPage } from "./advice/staff-request/page.ts";
import { adviceStartPage } from "./advice/start/page.ts";
import { dashboardPage } from "./dashboard/page.ts";
import { devInboxPage } from "./dev-inbox/page.ts";
import { findPage } from "./find/page.ts";
import { homePage } from "./home/page.ts";
import { phbApplicationPage } from "./phb/application/page.ts";
import { phbApplicationsPage } from "./phb/applications/page.ts";
import { phbApplyDocumentsPage } from "./phb/apply-documents/page.ts";
import { phbApplyMoneyPage } from "./phb/apply-money/page.ts";
import { phbApplyOutcomesPage } from "./phb/apply-outcomes/page.ts";
import { phbApplyRoutePage } from "./phb/apply-route/page.ts";
import { phbApplySupportPage } from "./phb/apply-support/page.ts";
import { phbApplyWhoPage } from "./phb/apply-who/page.ts";
import { phbCheckPage } from "./phb/check/page.ts";
import { phbSentPage } from "./phb/sent/page.ts";
import { phbStartPage } from "./phb/start/page.ts";
import { phbTeamApplicationPage } from "./phb/team-application/page.ts";
import { phbTeamQueuePage } from "./phb/team-queue/page.ts";
import { referralBookPage } from "./referrals/book/page.ts";
import { referralsPage } from "./referrals/list/page.ts";
import { selfReferralQuestionsPage } from "./referrals/questions/page.ts";
import { staffReferralsPage } from "./referrals/staff-list/page.ts";
import { staffReferralPage } from "./referrals/staff-view/page.ts";
import { selfReferralPage } from "./referrals/start/page.ts";
import { referralViewPage } from "./referrals/view/page.ts";
import { appointmentCancelPage } from "./same-day/appointment-cancel/page.ts";
import { appointmentChangePage } from "./same-day/appointment-change/page.ts";
import { appointmentsPage } from "./same-day/appointments/page.ts";
import { sameDayBookedPage } from "./same-day/booked/page.ts";
import { sameDayConfirmPage } from "./same-day/confirm/page.ts";
import { sameDaySlotsPage } from "./same-day/slots/page.ts";
import { sameDayPage } from "./same-day/start/page.ts";
import { sameDayTriagePage } from "./same-day/triage/page.ts";
import { staffDayPage } from "./staff/day/page.ts";
import { staffQueuePage } from "./staff/queue/page.ts";
import { staffSessionsPage } from "./staff/sessions/page.ts";

/** Every page the build writes. Each has src/pages/<script>/main.ts as its script. */
export const pages: readonly PageDefinition[] = [
  homePage,
  signInPage,
  signedInPage,
  findPage,
  profilePage,
  dashboardPage,
  devInboxPage,
  sameDayPage,
  sameDayTriagePage,
  sameDaySlotsPage,
  sameDayConfirmPage,
  sameDayBookedPage,
  appointmentsPage,
  appointmentChangePage,
  appointmentCancelPage,
  selfReferralPage,
  selfReferralQuestionsPage,
  referralsPage,
  referralViewPage,
  referralBookPage,
  staffDayPage,
  staffSessionsPage,
  staffQueuePage,
  staffReferralsPage,
  staffReferralPage,
  adviceInboxPage,
  adviceStaffRequestPage,
  adviceSettingsPage,
  advicePhoneRequestPage,
  adviceOfferedTimesPage,
  phbTeamQueuePage,
  phbTeamApplicationPage,
  adviceStartPage,
  adviceAskPage,
  adviceSentPage,
  adviceRequestsPage,
  adviceRequestPage,
  phbStartPage,
  phbApplyWhoPage,
  phbApplyRoutePage,
  phbApplySupportPage,
  phbApplyOutcomesPage,
  phbApplyMoneyPage,
  phbApplyDocumentsPage,
  phbCheckPage,
  phbSentPage,
  phbApplicationsPage,
  phbApplicationPage,
  accessibilityPage,
  privacyPage,
  cookiesPage,
  contactPage,
  termsPage,
];
