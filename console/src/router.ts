import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { AccountRole } from './graphql/graphql';
import { currentRole, sessionState } from './api/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Menu and page title */
    title?: string;
    /** Who may open the page; everyone signed in when absent */
    roles?: AccountRole[];
    /** Shown in the sidebar menu */
    menu?: boolean;
    /** Element Plus icon name of the menu entry */
    icon?: string;
    /** Reachable without signing in */
    public?: boolean;
  }
}

const ALL: AccountRole[] = ['REGISTRAR', 'LIAISON', 'SECRETARIAT', 'EVALUATOR', 'LEADER', 'ADMIN'];

/**
 * Pages and who may open them. The API decides what each role may read and do; the menu and the routes
 * only keep people away from pages that would show them nothing but refusals.
 */
export const pages: RouteRecordRaw[] = [
  { path: 'workbench', name: 'workbench', component: () => import('./views/WorkbenchView.vue'), meta: { title: '工作台', roles: ['LIAISON'], menu: true, icon: 'Odometer' } },
  { path: 'dashboard', name: 'dashboard', component: () => import('./views/DashboardView.vue'), meta: { title: '领导驾驶舱', roles: ['LEADER', 'SECRETARIAT'], menu: true, icon: 'DataBoard' } },
  { path: 'intake', name: 'intake', component: () => import('./views/IntakeView.vue'), meta: { title: '信访登记', roles: ['REGISTRAR'], menu: true, icon: 'EditPen' } },
  { path: 'cases', name: 'cases', component: () => import('./views/CaseListView.vue'), meta: { title: '案件查询', roles: ['REGISTRAR', 'LIAISON', 'SECRETARIAT', 'LEADER'], menu: true, icon: 'Search' } },
  { path: 'cases/:id', name: 'case', component: () => import('./views/CaseDetailView.vue'), meta: { title: '案件详情', roles: ['REGISTRAR', 'LIAISON', 'SECRETARIAT', 'LEADER'] } },
  { path: 'report', name: 'report', component: () => import('./views/ReportView.vue'), meta: { title: '信访情况统计', roles: ['REGISTRAR', 'SECRETARIAT', 'EVALUATOR', 'LEADER', 'LIAISON'], menu: true, icon: 'TrendCharts' } },
  { path: 'meetings', name: 'meetings', component: () => import('./views/MeetingsView.vue'), meta: { title: '会议列表', roles: ['SECRETARIAT'], menu: true, icon: 'Calendar' } },
  { path: 'meetings/plan', name: 'meeting-plan', component: () => import('./views/MeetingPlanView.vue'), meta: { title: '排会', roles: ['SECRETARIAT'], menu: true, icon: 'SetUp' } },
  { path: 'meetings/candidates', name: 'hard-cases', component: () => import('./views/HardCasesView.vue'), meta: { title: '候选疑难案件', roles: ['SECRETARIAT'], menu: true, icon: 'Files' } },
  { path: 'meetings/follow-up', name: 'follow-up', component: () => import('./views/FollowUpView.vue'), meta: { title: '督查', roles: ['SECRETARIAT'], menu: true, icon: 'Finished' } },
  { path: 'meetings/calendar', name: 'meeting-calendar', component: () => import('./views/MeetingCalendarView.vue'), meta: { title: '会议日历', roles: ['SECRETARIAT'], menu: true, icon: 'Clock' } },
  { path: 'meetings/settings', name: 'meeting-settings', component: () => import('./views/MeetingSettingsView.vue'), meta: { title: '会议室与日程设置', roles: ['SECRETARIAT'], menu: true, icon: 'Setting' } },
  { path: 'assessment/schemes', name: 'schemes', component: () => import('./views/SchemesView.vue'), meta: { title: '考核方案', roles: ['EVALUATOR'], menu: true, icon: 'Tickets' } },
  { path: 'assessment/schemes/edit', name: 'scheme-editor', component: () => import('./views/SchemeEditorView.vue'), meta: { title: '编辑考核方案', roles: ['EVALUATOR'] } },
  { path: 'assessment/ranking', name: 'ranking', component: () => import('./views/RankingView.vue'), meta: { title: '考核排名', roles: ['EVALUATOR'], menu: true, icon: 'Histogram' } },
  { path: 'assessment/compare', name: 'run-comparison', component: () => import('./views/RunComparisonView.vue'), meta: { title: '排名对比', roles: ['EVALUATOR'], menu: true, icon: 'Switch' } },
  { path: 'admin/units', name: 'units', component: () => import('./views/UnitsView.vue'), meta: { title: '单位与人员', roles: ['ADMIN'], menu: true, icon: 'OfficeBuilding' } },
  { path: 'admin/accounts', name: 'accounts', component: () => import('./views/AccountsView.vue'), meta: { title: '账号管理', roles: ['ADMIN'], menu: true, icon: 'User' } },
  { path: 'admin/routing', name: 'routing', component: () => import('./views/RoutingView.vue'), meta: { title: '类别路由', roles: ['ADMIN'], menu: true, icon: 'Share' } },
  { path: 'admin/audit', name: 'audit', component: () => import('./views/AuditView.vue'), meta: { title: '个人信息查看记录', roles: ['ADMIN'], menu: true, icon: 'Document' } },
  // 排查、预警、日报告 (a unit's liaison files; the petition bureau follows up) and everyone's inbox
  { path: 'reporting/screening', name: 'screening', component: () => import('./views/ScreeningView.vue'), meta: { title: '排查报告', roles: ['LIAISON'], menu: true, icon: 'Memo' } },
  { path: 'reporting/warnings', name: 'warnings', component: () => import('./views/WarningsView.vue'), meta: { title: '预警报送', roles: ['LIAISON'], menu: true, icon: 'Bell' } },
  { path: 'reporting/daily', name: 'daily-reports', component: () => import('./views/DailyReportView.vue'), meta: { title: '日报告', roles: ['LIAISON'], menu: true, icon: 'Clock' } },
  { path: 'bureau/screening', name: 'bureau-screening', component: () => import('./views/BureauScreeningView.vue'), meta: { title: '排查督报', roles: ['REGISTRAR'], menu: true, icon: 'Memo' } },
  { path: 'bureau/warnings', name: 'bureau-warnings', component: () => import('./views/BureauWarningsView.vue'), meta: { title: '预警研判', roles: ['REGISTRAR'], menu: true, icon: 'Bell' } },
  { path: 'bureau/periods', name: 'sensitive-periods', component: () => import('./views/SensitivePeriodsView.vue'), meta: { title: '敏感期日报', roles: ['REGISTRAR'], menu: true, icon: 'Clock' } },
  { path: 'notices', name: 'notices', component: () => import('./views/NoticesView.vue'), meta: { title: '我的通知' } },
];

/** The first page of each role after signing in. */
export const HOME: Record<AccountRole, string> = {
  REGISTRAR: 'cases',
  LIAISON: 'workbench',
  SECRETARIAT: 'dashboard',
  EVALUATOR: 'report',
  LEADER: 'dashboard',
  ADMIN: 'accounts',
};

export function mayOpen(roles: AccountRole[] | undefined, role: AccountRole | null): boolean {
  return role !== null && (roles ?? ALL).includes(role);
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { title: '登录', public: true } },
      { path: '/password', name: 'change-password', component: () => import('./views/ChangePasswordView.vue'), meta: { title: '修改密码' } },
      {
        path: '/',
        component: () => import('./layout/AppLayout.vue'),
        children: [
          { path: '', name: 'home', redirect: () => { const role = currentRole(); return role ? { name: HOME[role] } : { name: 'login' }; } },
          ...pages,
          { path: 'forbidden', name: 'forbidden', component: () => import('./views/ForbiddenView.vue'), meta: { title: '无权访问' } },
          { path: ':rest(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { title: '页面不存在' } },
        ],
      },
    ],
  });
  router.beforeEach((to) => {
    if (to.meta.public) return true;
    if (!sessionState.current) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
    // a password an administrator set serves only choosing one's own (the API refuses everything else)
    if (sessionState.current.account.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' };
    if (!mayOpen(to.meta.roles, currentRole())) return { name: 'forbidden', query: { page: String(to.meta.title ?? to.path) } };
    return true;
  });
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · 联办工作台` : '联办工作台';
  });
  return router;
}
