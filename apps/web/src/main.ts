import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import { initAll } from 'nhsuk-frontend';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppRouter } from './router';

// NHS.UK's page template sets these classes from an inline script; setting them here keeps the page
// working under a CSP without 'unsafe-inline', and any browser running this module passes the template's test.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

const router = createAppRouter();
const app = createApp(App).use(createPinia()).use(router);

// Mount once the first route (and the session check in its guard) has resolved, so no page flashes as signed out.
void router.isReady().then(() => {
  app.mount('#app');
  // The shell (header menu, skip link) is rendered once; components that appear later start their own scripts.
  initAll();
});
