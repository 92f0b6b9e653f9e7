import type { PageDefinition } from "../layout/layout.ts";
import { appointmentChangePage } from "./appointment-change/page.ts";
import { appointmentsPage } from "./appointments/page.ts";
import { dashboardPage } from "./dashboard/page.ts";
import { devInboxPage } from "./dev-inbox/page.ts";
import { findPage } from "./find/page.ts";
import { homePage } from "./home/page.ts";
import { profilePage } from "./profile/page.ts";
import { referralBookPage } from "./referral-book/page.ts";
import { referralViewPage } from "./referral-view/page.ts";
import { referralsPage } from "./referrals/page.ts";
import { sameDayPage } from "./same-day/page.ts";
import { sameDayBookedPage } from "./same-day-booked/page.ts";
import { sameDayConfirmPage } from "./same-day-confirm/page.ts";
import { sameDaySlotsPage } from "./same-day-slots/page.ts";
import { sameDayTriagePage } from "./same-day-triage/page.ts";
import { selfReferralPage } from "./self-referral/page.ts";
import { selfReferralQuestionsPage } from "./self-referral-questions/page.ts";
import { signInPage } from "./sign-in/page.ts";
import { signedInPage } from "./signed-in/page.ts";
import { staffDayPage } from "./staff-day/page.ts";
import { staffQueuePage } from "./staff-queue/page.ts";
import { staffReferralPage } from "./staff-referral/page.ts";
import { staffReferralsPage } from "./staff-referrals/page.ts";
import { staffSessionsPage } from "./staff-sessions/page.ts";

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
];
