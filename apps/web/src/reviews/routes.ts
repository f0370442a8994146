import { Action } from '@ideas-hub/domain';
import type { RouteRecordRaw } from 'vue-router';
import type { LinkItem } from '../ui/types';
import { kindFromPath } from './queueFilters';
import ReviewItemPage from './ReviewItemPage.vue';
import ReviewQueuePage from './ReviewQueuePage.vue';

const HOME: LinkItem = { text: 'Home', to: { name: 'home' } };
const QUEUE: LinkItem = { text: 'Review queue', to: { name: 'board-review' } };

export const reviewRoutes: RouteRecordRaw[] = [
  {
    path: '/board/review',
    name: 'board-review',
    component: ReviewQueuePage,
    meta: { title: 'Review queue', action: Action.ReadReviewWork, breadcrumbs: [HOME] },
  },
  {
    path: '/board/review/:kind(idea|report)/:id',
    name: 'board-review-item',
    component: ReviewItemPage,
    props: (route) => ({ kind: kindFromPath(String(route.params.kind)), id: String(route.params.id) }),
    meta: { title: 'Review an item', action: Action.ReadReviewWork, breadcrumbs: [HOME, QUEUE] },
  },
];
