import { Action, can } from '@ideas-hub/domain';
import type { NavigationGuard, RouteRecordRaw } from 'vue-router';
import { useSession } from '../accounts/useSession';
import type { LinkItem } from '../ui/types';
import { kindFromPath } from './queueFilters';
import ReviewItemPage from './ReviewItemPage.vue';
import ReviewQueuePage from './ReviewQueuePage.vue';

const HOME: LinkItem = { text: 'Home', to: { name: 'home' } };
const QUEUE: LinkItem = { text: 'Review queue', to: { name: 'board-review' } };

/** The board's pages: to anyone else they do not exist (the global guard has asked them to sign in first). */
const boardOnly: NavigationGuard = (to) =>
  can(useSession().me?.roles, Action.ReadReviewWork) || { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } };

export const reviewRoutes: RouteRecordRaw[] = [
  {
    path: '/board/review',
    name: 'board-review',
    component: ReviewQueuePage,
    beforeEnter: boardOnly,
    meta: { title: 'Review queue', requiresSignIn: true, breadcrumbs: [HOME] },
  },
  {
    path: '/board/review/:kind(idea|report)/:id',
    name: 'board-review-item',
    component: ReviewItemPage,
    beforeEnter: boardOnly,
    props: (route) => ({ kind: kindFromPath(String(route.params.kind)), id: String(route.params.id) }),
    meta: { title: 'Review an item', requiresSignIn: true, breadcrumbs: [HOME, QUEUE] },
  },
];
