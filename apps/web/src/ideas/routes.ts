import type { RouteRecordRaw } from 'vue-router';
import type { LinkItem } from '../ui/types';
import IdeaPage from './detail/IdeaPage.vue';
import EditIdeaPage from './EditIdeaPage.vue';
import IdeasPage from './browse/IdeasPage.vue';
import MyIdeasPage from './MyIdeasPage.vue';
import CheckAnswersPage from './submit/CheckAnswersPage.vue';
import DraftBenefitsPage from './submit/DraftBenefitsPage.vue';
import DraftEvidencePage from './submit/DraftEvidencePage.vue';
import DraftTextPage from './submit/DraftTextPage.vue';
import DraftThemePage from './submit/DraftThemePage.vue';
import DraftTitlePage from './submit/DraftTitlePage.vue';
import { DRAFT_STEPS, type DraftStepKey } from './submit/draftSteps';
import IdeaSubmittedPage from './submit/IdeaSubmittedPage.vue';
import SubmitStartPage from './submit/SubmitStartPage.vue';

const HOME: LinkItem = { text: 'Home', to: { name: 'home' } };
const IDEAS: LinkItem = { text: 'Ideas', to: { name: 'ideas' } };
const MY_IDEAS: LinkItem = { text: 'Your ideas', to: { name: 'my-ideas' } };

const STEP_PAGES: Record<DraftStepKey, Pick<RouteRecordRaw, 'component' | 'props'>> = {
  title: { component: DraftTitlePage },
  summary: { component: DraftTextPage, props: { field: 'summary' } },
  problem: { component: DraftTextPage, props: { field: 'problem' } },
  proposal: { component: DraftTextPage, props: { field: 'proposal' } },
  benefits: { component: DraftBenefitsPage },
  evidence: { component: DraftEvidencePage },
  theme: { component: DraftThemePage },
};

// Question pages have a back link to the previous question instead of breadcrumbs, as NHS.UK transactions do.
const draftStepRoutes: RouteRecordRaw[] = DRAFT_STEPS.map((step) => ({
  path: `/ideas/:id/draft/${step.key}`,
  name: `idea-draft-${step.key}`,
  ...STEP_PAGES[step.key],
  meta: { title: `${step.title} – Submit an idea`, requiresSignIn: true },
})) as RouteRecordRaw[];

export const ideaRoutes: RouteRecordRaw[] = [
  { path: '/ideas', name: 'ideas', component: IdeasPage, meta: { title: 'Ideas', breadcrumbs: [HOME] } },
  {
    path: '/ideas/new',
    name: 'idea-new',
    component: SubmitStartPage,
    meta: { title: 'Submit an idea', breadcrumbs: [HOME, IDEAS] },
  },
  {
    path: '/ideas/new/title',
    name: 'idea-new-title',
    component: DraftTitlePage,
    meta: { title: `${DRAFT_STEPS[0].title} – Submit an idea`, requiresSignIn: true },
  },
  ...draftStepRoutes,
  {
    path: '/ideas/:id/draft/check',
    name: 'idea-draft-check',
    component: CheckAnswersPage,
    meta: { title: 'Check your answers – Submit an idea', requiresSignIn: true },
  },
  {
    path: '/ideas/:id/submitted',
    name: 'idea-submitted',
    component: IdeaSubmittedPage,
    props: true,
    meta: { title: 'Idea submitted', requiresSignIn: true, breadcrumbs: [HOME, IDEAS] },
  },
  {
    path: '/ideas/:id/edit',
    name: 'idea-edit',
    component: EditIdeaPage,
    props: true,
    meta: { title: 'Edit your idea', requiresSignIn: true, breadcrumbs: [HOME, MY_IDEAS] },
  },
  { path: '/ideas/:id', name: 'idea', component: IdeaPage, props: true, meta: { title: 'Idea', breadcrumbs: [HOME, IDEAS] } },
  {
    path: '/my-ideas',
    name: 'my-ideas',
    component: MyIdeasPage,
    meta: { title: 'Your ideas', requiresSignIn: true, breadcrumbs: [HOME] },
  },
];
