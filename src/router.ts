// Hash history: the build works from any static path and from file://.
import { createRouter, createWebHashHistory } from 'vue-router'
import StartView from './views/StartView.vue'
import { QUESTION_STEPS } from './wizard/step-ids'
import { exampleNames } from './stores/draft'
import { useFirmsStore } from './stores/firms'

export function createAppRouter() {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'start', component: StartView },
      {
        path: '/step/:id',
        name: 'step',
        component: () => import('./views/StepView.vue'),
        beforeEnter: (to) =>
          (QUESTION_STEPS as readonly string[]).includes(String(to.params.id)) ? true : { path: '/' },
      },
      { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
      { path: '/results', name: 'results', component: () => import('./views/ResultsView.vue') },
      { path: '/print', name: 'print', component: () => import('./views/PrintView.vue') },
      { path: '/firms', name: 'firms', component: () => import('./views/FirmsView.vue') },
      { path: '/panel', name: 'panel', component: () => import('./views/PanelView.vue') },
      { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
      { path: '/triage', name: 'triage', component: () => import('./views/TriageView.vue') },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  })
  // `#/?example=<name>` opens with a built-in example firm (what `npm start` prints), as a new firm unless
  // the current one is still blank. A global guard, because
  // a per-route guard does not run when only the query of the current route changes.
  router.beforeEach(async (to) => {
    const name = to.query.example
    if (to.name !== 'start' || typeof name !== 'string' || !exampleNames().includes(name)) return true
    await useFirmsStore().openExample(name)
    return { path: '/results' }
  })
  return router
}
