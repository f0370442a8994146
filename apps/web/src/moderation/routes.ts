import type { RouteRecordRaw } from 'vue-router';
import ModerationPage from './ModerationPage.vue';

export const moderationRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/moderation',
    name: 'moderation',
    component: ModerationPage,
    meta: { title: 'Moderation queue', requiresSignIn: true, breadcrumbs: [{ text: 'Home', to: { name: 'home' } }] },
  },
];
