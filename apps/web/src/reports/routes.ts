import { Action, ReportStatus } from '@ideas-hub/domain';
import type { NavigationGuard, RouteRecordRaw } from 'vue-router';
import type { LinkItem } from '../ui/types';
import BoardReportPage from './BoardReportPage.vue';
import BoardReportsPage from './BoardReportsPage.vue';
import MyReportPage from './MyReportPage.vue';
import MyReportsPage from './MyReportsPage.vue';
import ReportCheckPage from './ReportCheckPage.vue';
import { useReportDraft } from './reportDraft';
import ReportEvidencePage from './ReportEvidencePage.vue';
import ReportGuidancePage from './ReportGuidancePage.vue';
import ReportHowPage from './ReportHowPage.vue';
import ReportSentPage from './ReportSentPage.vue';
import ReportStartPage from './ReportStartPage.vue';
import ReportStatusPage from './ReportStatusPage.vue';
import { firstUnansweredStep, REPORT_START, REPORT_STEPS, type ReportStepName } from './reportSteps';
import ReportTextPage from './ReportTextPage.vue';
import ReportWherePage from './ReportWherePage.vue';

const HOME: LinkItem = { text: 'Home', to: { name: 'home' } };
const IN_REPORT = [HOME, REPORT_START];
const MY_REPORTS: LinkItem = { text: 'Your reports', to: { name: 'my-reports' } };
const BOARD_REPORTS: LinkItem = { text: 'Practice gap reports', to: { name: 'board-reports' } };

const STEP_PAGES: Record<ReportStepName, Pick<RouteRecordRaw, 'component' | 'props'>> = {
  'report-how': { component: ReportHowPage },
  'report-guidance': { component: ReportGuidancePage },
  'report-where': { component: ReportWherePage },
  'report-what-happens': { component: ReportTextPage, props: { question: 'whatHappens' } },
  'report-what-should-happen': { component: ReportTextPage, props: { question: 'whatShouldHappen' } },
  'report-impact': { component: ReportTextPage, props: { question: 'impact' } },
  'report-evidence': { component: ReportEvidencePage },
};

/** "Check your answers" makes sense only once the required questions are answered; a reload empties them. */
const answeredFirst: NavigationGuard = () => {
  const step = firstUnansweredStep(useReportDraft().answers);
  return step ? { name: step } : true;
};

export const reportRoutes: RouteRecordRaw[] = [
  {
    path: '/report',
    name: 'report-start',
    component: ReportStartPage,
    meta: { title: 'Report where best practice is not being followed', breadcrumbs: [HOME] },
  },
  ...REPORT_STEPS.map(
    (step): RouteRecordRaw =>
      ({
        path: `/report/${step.path}`,
        name: step.name,
        ...STEP_PAGES[step.name],
        meta: { title: step.title, breadcrumbs: IN_REPORT },
      }) as RouteRecordRaw,
  ),
  {
    path: '/report/check',
    name: 'report-check',
    component: ReportCheckPage,
    beforeEnter: answeredFirst,
    meta: { title: 'Check your answers before sending your report', breadcrumbs: IN_REPORT },
  },
  { path: '/report/sent', name: 'report-sent', component: ReportSentPage, meta: { title: 'Report sent', breadcrumbs: IN_REPORT } },
  {
    path: '/report/status',
    name: 'report-status',
    component: ReportStatusPage,
    meta: { title: 'Check the status of a report', breadcrumbs: IN_REPORT },
  },
  {
    path: '/my-reports',
    name: 'my-reports',
    component: MyReportsPage,
    meta: { title: 'Your reports', requiresSignIn: true, breadcrumbs: [HOME] },
  },
  {
    path: '/my-reports/:id',
    name: 'my-report',
    component: MyReportPage,
    props: true,
    meta: { title: 'Your report', requiresSignIn: true, breadcrumbs: [HOME, MY_REPORTS] },
  },
  {
    path: '/board/reports',
    name: 'board-reports',
    component: BoardReportsPage,
    props: (route) => ({
      status: Object.values(ReportStatus).find((status) => status === route.query.status),
    }),
    meta: { title: 'Practice gap reports', action: Action.ReadReports, breadcrumbs: [HOME] },
  },
  {
    path: '/board/reports/:id',
    name: 'board-report',
    component: BoardReportPage,
    props: true,
    meta: { title: 'Practice gap report', action: Action.ReadReports, breadcrumbs: [HOME, BOARD_REPORTS] },
  },
];
