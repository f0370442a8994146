import type { RouteRecordRaw } from 'vue-router';
import NotificationsPage from './NotificationsPage.vue';

export const notificationRoutes: RouteRecordRaw[] = [
  {
    path: '/notifications',
    name: 'notifications',
    component: NotificationsPage,
    meta: { title: 'Notifications', requiresSignIn: true, breadcrumbs: [{ text: 'Home', to: { name: 'home' } }] },
  },
];
