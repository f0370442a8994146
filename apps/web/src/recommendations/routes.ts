import { Action, can } from '@ideas-hub/domain';
import type { NavigationGuard, RouteRecordRaw } from 'vue-router';
import { useSession } from '../accounts/useSession';
import type { LinkItem } from '../ui/types';
import BoardRecommendationPage from './board/BoardRecommendationPage.vue';
import CompareRevisionsPage from './board/CompareRevisionsPage.vue';
import DraftFormPage from './drafting/DraftFormPage.vue';
import DraftsPage from './drafting/DraftsPage.vue';
import RecommendationsPage from './browse/RecommendationsPage.vue';
import RecommendationPage from './published/RecommendationPage.vue';

const HOME: LinkItem = { text: 'Home', to: { name: 'home' } };
const PUBLISHED: LinkItem = { text: 'Recommendations', to: { name: 'recommendations' } };
const DRAFTS: LinkItem = { text: 'Draft recommendations', to: { name: 'board-recommendations' } };

/** Pages for those allowed the action: to anyone else they do not exist (the global guard has asked them to sign in first). */
const only =
  (action: Action): NavigationGuard =>
  (to) =>
    can(useSession().me?.roles, action) || { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } };

const first = (value: unknown): string | undefined => (Array.isArray(value) ? value[0] : value) ?? undefined;

export const recommendationRoutes: RouteRecordRaw[] = [
  {
    path: '/recommendations',
    name: 'recommendations',
    component: RecommendationsPage,
    meta: { title: 'Recommendations', breadcrumbs: [HOME] },
  },
  {
    path: '/recommendations/:id',
    name: 'recommendation',
    component: RecommendationPage,
    props: true,
    meta: { title: 'Recommendation', breadcrumbs: [HOME, PUBLISHED] },
  },
  {
    path: '/board/recommendations',
    name: 'board-recommendations',
    component: DraftsPage,
    beforeEnter: only(Action.ReadBoardRecommendations),
    meta: { title: 'Draft recommendations', requiresSignIn: true, breadcrumbs: [HOME] },
  },
  {
    path: '/board/recommendations/new',
    name: 'board-recommendation-new',
    component: DraftFormPage,
    beforeEnter: only(Action.DraftRecommendation),
    // Arriving from an idea's review page (`?idea=<id>`), the form starts with that idea linked.
    props: (route) => ({ ideaId: first(route.query.idea) }),
    meta: { title: 'Draft a recommendation', requiresSignIn: true, breadcrumbs: [HOME, DRAFTS] },
  },
  {
    path: '/board/recommendations/:id',
    name: 'board-recommendation',
    component: BoardRecommendationPage,
    beforeEnter: only(Action.ReadBoardRecommendations),
    props: true,
    meta: { title: 'Draft recommendation', requiresSignIn: true, breadcrumbs: [HOME, DRAFTS] },
  },
  {
    path: '/board/recommendations/:id/edit',
    name: 'board-recommendation-edit',
    component: DraftFormPage,
    beforeEnter: only(Action.DraftRecommendation),
    props: true,
    meta: { title: 'Edit a draft recommendation', requiresSignIn: true, breadcrumbs: [HOME, DRAFTS] },
  },
  {
    path: '/board/recommendations/:id/compare',
    name: 'board-recommendation-compare',
    component: CompareRevisionsPage,
    beforeEnter: only(Action.ReadBoardRecommendations),
    props: (route) => ({ id: route.params.id, from: Number(first(route.query.from)), to: Number(first(route.query.to)) }),
    meta: { title: 'Compare revisions', requiresSignIn: true, breadcrumbs: [HOME, DRAFTS] },
  },
];
