import { Action } from '@ideas-hub/domain';
import type { RouteRecordRaw } from 'vue-router';
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

const first = (value: unknown): string | undefined => {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : undefined;
};

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
    meta: { title: 'Draft recommendations', action: Action.ReadBoardRecommendations, breadcrumbs: [HOME] },
  },
  {
    path: '/board/recommendations/new',
    name: 'board-recommendation-new',
    component: DraftFormPage,
    // Arriving from an idea's review page (`?idea=<id>`), the form starts with that idea linked.
    props: (route) => ({ ideaId: first(route.query.idea) }),
    meta: { title: 'Draft a recommendation', action: Action.DraftRecommendation, breadcrumbs: [HOME, DRAFTS] },
  },
  {
    path: '/board/recommendations/:id',
    name: 'board-recommendation',
    component: BoardRecommendationPage,
    props: true,
    meta: { title: 'Draft recommendation', action: Action.ReadBoardRecommendations, breadcrumbs: [HOME, DRAFTS] },
  },
  {
    path: '/board/recommendations/:id/edit',
    name: 'board-recommendation-edit',
    component: DraftFormPage,
    props: true,
    meta: { title: 'Edit a draft recommendation', action: Action.DraftRecommendation, breadcrumbs: [HOME, DRAFTS] },
  },
  {
    path: '/board/recommendations/:id/compare',
    name: 'board-recommendation-compare',
    component: CompareRevisionsPage,
    props: (route) => ({ id: route.params.id, from: Number(first(route.query.from)), to: Number(first(route.query.to)) }),
    meta: { title: 'Compare revisions', action: Action.ReadBoardRecommendations, breadcrumbs: [HOME, DRAFTS] },
  },
];
