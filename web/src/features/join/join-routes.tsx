// The application journey, a GOV.UK question-page flow under /join, and answering a reviewer's question.
// Each page's code loads on its first visit.
import type { WebRoute } from '@heritage/shared';
import { lazyPage, type PageRoute } from '../../components/page-route';

export const joinPages = {
  join: lazyPage(
    () => import('./join-start-page'),
    (m) => <m.JoinStartPage />,
  ),
  joinDetails: lazyPage(
    () => import('./join-details-page'),
    (m) => <m.JoinDetailsPage />,
  ),
  joinSector: lazyPage(
    () => import('./join-sector-page'),
    (m) => <m.JoinSectorPage />,
  ),
  joinRegion: lazyPage(
    () => import('./join-region-page'),
    (m) => <m.JoinRegionPage />,
  ),
  joinAboutYou: lazyPage(
    () => import('./join-about-you-page'),
    (m) => <m.JoinAboutYouPage />,
  ),
  joinAgreements: lazyPage(
    () => import('./join-agreements-page'),
    (m) => <m.JoinAgreementsPage />,
  ),
  joinCheck: lazyPage(
    () => import('./join-check-page'),
    (m) => <m.JoinCheckPage />,
  ),
  joinSent: lazyPage(
    () => import('./join-sent-page'),
    (m) => <m.JoinSentPage />,
  ),
  answerQuestion: lazyPage(
    () => import('./answer-question-page'),
    (m) => <m.AnswerQuestionPage />,
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
