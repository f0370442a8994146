import { can, needsSignIn, type Action } from '@ideas-hub/domain';
import { nextTick } from 'vue';
import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router';
import AboutPage from './about/AboutPage.vue';
import AccessibilityPage from './about/AccessibilityPage.vue';
import PrivacyPage from './about/PrivacyPage.vue';
import AccountPage from './accounts/AccountPage.vue';
import RegisterPage from './accounts/RegisterPage.vue';
import SignInPage from './accounts/SignInPage.vue';
import { useSession } from './accounts/useSession';
import HomePage from './home/HomePage.vue';
import { ideaRoutes } from './ideas/routes';
import { interestRoutes } from './interests/routes';
import { moderationRoutes } from './moderation/routes';
import { notificationRoutes } from './notifications/routes';
import { recommendationRoutes } from './recommendations/routes';
import { reportRoutes } from './reports/routes';
import { reviewRoutes } from './reviews/routes';
import { pageTitle } from './service';
import NotFoundPage from './ui/NotFoundPage.vue';
import type { LinkItem } from './ui/types';

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's own part of `document.title`; each route's is unique. */
    title: string;
    requiresSignIn?: boolean;
    /**
     * The policy action the page is for. A visitor is asked to sign in first when signing in could grant it;
     * to anyone else the policy refuses, the page does not exist.
     */
    action?: Action;
    /** The pages above this one, shown as NHS.UK breadcrumbs. */
    breadcrumbs?: readonly LinkItem[];
  }
}

const FROM_HOME: readonly LinkItem[] = [{ text: 'Home', to: { name: 'home' } }];

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { title: 'Home' } },
  { path: '/sign-in', name: 'sign-in', component: SignInPage, meta: { title: 'Sign in', breadcrumbs: FROM_HOME } },
  {
    path: '/register',
    name: 'register',
    component: RegisterPage,
    meta: { title: 'Create an account', breadcrumbs: FROM_HOME },
  },
  {
    path: '/account',
    name: 'account',
    component: AccountPage,
    meta: { title: 'Your account', requiresSignIn: true, breadcrumbs: FROM_HOME },
  },
  { path: '/about', name: 'about', component: AboutPage, meta: { title: 'About the hub', breadcrumbs: FROM_HOME } },
  {
    path: '/accessibility-statement',
    name: 'accessibility-statement',
    component: AccessibilityPage,
    meta: { title: 'Accessibility statement', breadcrumbs: FROM_HOME },
  },
  { path: '/privacy', name: 'privacy', component: PrivacyPage, meta: { title: 'Privacy', breadcrumbs: FROM_HOME } },
  ...ideaRoutes,
  ...moderationRoutes,
  ...reportRoutes,
  ...reviewRoutes,
  ...interestRoutes,
  ...notificationRoutes,
  ...recommendationRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { title: 'Page not found' } },
];

/**
 * A single-page app does not tell screen readers that the page changed, so each navigation
 * retitles the document and moves focus to the new page's heading, where a new page load
 * would have started reading. The first page load is left to the browser.
 */
async function announcePage(to: RouteLocationNormalized, from: RouteLocationNormalized): Promise<void> {
  document.title = pageTitle(to.meta.title);
  // Same path: only the hash changed (the skip link), which moves focus by itself.
  if (from === START_LOCATION || to.path === from.path) return;
  await nextTick();
  document.querySelector<HTMLElement>('main h1')?.focus();
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, savedPosition) => savedPosition ?? (to.path === from.path ? undefined : { top: 0 }),
  });

  router.beforeEach(async (to) => {
    const session = useSession();
    await session.load();
    const { action, requiresSignIn } = to.meta;
    if (!session.me && (requiresSignIn || (action && needsSignIn(action)))) {
      return { name: 'sign-in', query: { redirect: to.fullPath } };
    }
    if (action && !can(session.me?.roles, action)) {
      // The address keeps its path: only the page shown says it is not found.
      return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } };
    }
    return true;
  });

  router.afterEach((to, from, failure) => {
    if (!failure) return announcePage(to, from);
  });

  return router;
}
