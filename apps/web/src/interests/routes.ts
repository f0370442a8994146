import type { RouteRecordRaw } from 'vue-router';
import type { LinkItem } from '../ui/types';
import BoardMemberPage from './BoardMemberPage.vue';
import BoardMembersPage from './BoardMembersPage.vue';

const HOME: LinkItem = { text: 'Home', to: { name: 'home' } };
const THE_BOARD: LinkItem = { text: 'The board', to: { name: 'board-members' } };

/** Public pages: the register of interests is published, as public bodies publish theirs. */
export const interestRoutes: RouteRecordRaw[] = [
  { path: '/board/members', name: 'board-members', component: BoardMembersPage, meta: { title: 'The board', breadcrumbs: [HOME] } },
  {
    path: '/board/members/:id',
    name: 'board-member',
    component: BoardMemberPage,
    props: true,
    meta: { title: 'Board member', breadcrumbs: [HOME, THE_BOARD] },
  },
];
